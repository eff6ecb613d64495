/* Keyboard shortcuts for studying, as in Anki: Space/Enter reveal or submit, 1–4 grade (or pick a choice),
   U undo (outside the answer box), Ctrl+Z (or ⌘Z) undo anywhere, Esc leaves the answer box.
   The single-key ones (digits, U, Space) act only while the student keeps them on in Settings (WCAG 2.1.4),
   and never while typing in a text field.
   Progressive enhancement only: every action is a plain form POST that works without this file. */
(function () {
  "use strict";

  var singleKeys = document.body.dataset.singleKeyShortcuts === "on";

  function isTyping(element) {
    return element && (element.isContentEditable || element.tagName === "TEXTAREA" || element.tagName === "SELECT" ||
      (element.tagName === "INPUT" && element.type !== "hidden" && element.type !== "submit"));
  }

  function press(selector) {
    var button = document.querySelector(selector);
    if (!button || button.disabled) { return false; }
    button.click();
    return true;
  }

  document.addEventListener("keydown", function (event) {
    if (event.isComposing || event.repeat) { return; }
    var target = event.target;
    var key = event.key;
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && (key === "z" || key === "Z")) {
      // Undo the last answer from anywhere, the answer box included; with nothing to undo, the box keeps its own.
      if (press(".undo-button")) { event.preventDefault(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (isTyping(target)) {
      if (key === "Escape") { target.blur(); event.preventDefault(); }  // leave the box: U and digits work again
      return;  // the answer box: Enter submits it natively, other keys type
    }
    if (!singleKeys && key !== "Enter") { return; }
    if (key === " " || key === "Enter") {
      // On a focused button or link the browser already activates it; elsewhere act on the main button.
      // A self-graded card offers no grade first: the student picks 1–4.
      if (target.closest && target.closest("button, a, summary")) { return; }
      if (press("[data-reveal]") || press(".grade.is-suggested") || press("[data-check]")) {
        event.preventDefault();
      }
    } else if (/^[1-9]$/.test(key)) {
      if (press('#grade-form [data-key="' + key + '"]') || press('.choices [data-key="' + key + '"]')) {
        event.preventDefault();
      }
    } else if (key === "u" || key === "U") {
      if (press(".undo-button")) { event.preventDefault(); }
    }
  });

  // One submit per page: a second click would only be refused by the server as already answered.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.sent) { event.preventDefault(); return; }
    form.dataset.sent = "1";
  });
  // Coming back with the Back button restores the page from cache; let its forms be sent again.
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sent]").forEach(function (form) { delete form.dataset.sent; });
  });
})();
