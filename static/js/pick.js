// On an article page, for teachers: select words of a paragraph, and a link appears that starts a new question
// file quoting them (article, section and paragraph filled in). Without this script, each paragraph's
// "Write a question" link lists its sentences instead.
(function () {
  "use strict";
  var box = document.getElementById("pick-selection");
  if (!box) { return; }
  var link = box.querySelector("a");

  function paragraphOf(node) {
    var element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element ? element.closest("p[data-pick]") : null;
  }

  // The selected words of the paragraph the selection starts in (a triple click runs on into the next block).
  function pickedWords(selection) {
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return null; }
    var range = selection.getRangeAt(0).cloneRange();
    var paragraph = paragraphOf(range.startContainer);
    if (!paragraph) { return null; }
    if (!paragraph.contains(range.endContainer)) { range.setEnd(paragraph, paragraph.childNodes.length); }
    var quote = range.toString().replace(/\s+/g, " ").replace(/\s*¶\s*$/, "").trim();
    return quote.length < 3 ? null : {paragraph: paragraph, quote: quote};
  }

  document.addEventListener("selectionchange", function () {
    var picked = pickedWords(document.getSelection());
    if (!picked) { box.hidden = true; return; }
    link.href = picked.paragraph.dataset.pick + "&quote=" + encodeURIComponent(picked.quote);
    box.hidden = false;
  });
})();
