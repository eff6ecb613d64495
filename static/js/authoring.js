// The question editor: CodeMirror (line numbers, YAML highlighting) over the plain textarea, and each problem
// of the last Check shown beside its line. Without this script the page is a plain form that works the same.
(function () {
  "use strict";
  var area = document.getElementById("content");
  var CM = window.CM;
  if (!area || !CM) { return; }
  var problems = Array.prototype.map.call(document.querySelectorAll("#problems [data-line]"), function (item) {
    return {line: Number(item.dataset.line), column: Number(item.dataset.column), message: item.dataset.message};
  });

  class ProblemWidget extends CM.WidgetType {
    constructor(problem) { super(); this.problem = problem; }
    eq(other) { return other.problem === this.problem; }
    toDOM() {
      var box = document.createElement("div");
      box.className = "cm-problem";
      box.dataset.line = String(this.problem.line);
      box.textContent = "Line " + this.problem.line + ", column " + this.problem.column + ": " + this.problem.message;
      return box;
    }
  }

  function problemMarks(state) {
    var marks = problems.filter(function (p) { return p.line >= 1 && p.line <= state.doc.lines; }).map(function (p) {
      return CM.Decoration.widget({widget: new ProblemWidget(p), block: true, side: 1}).range(state.doc.line(p.line).to);
    });
    return CM.Decoration.set(marks, true);
  }

  var problemField = CM.StateField.define({
    create: problemMarks,
    update: function (marks, transaction) { return marks.map(transaction.changes); },
    provide: function (field) { return CM.EditorView.decorations.from(field); }
  });

  var label = document.querySelector("label[for='content']");
  if (label && !label.id) { label.id = "content-label"; }
  var view = new CM.EditorView({
    doc: area.value,
    extensions: [CM.basicSetup, CM.yaml(), CM.lintGutter(), CM.EditorView.lineWrapping, problemField,
                 CM.EditorView.contentAttributes.of({"aria-labelledby": label ? label.id : "",
                                                    "aria-describedby": area.getAttribute("aria-describedby") || ""})]
  });
  area.parentNode.insertBefore(view.dom, area);
  area.hidden = true;
  view.dispatch(CM.setDiagnostics(view.state, problems.filter(function (p) {
    return p.line >= 1 && p.line <= view.state.doc.lines;
  }).map(function (p) {
    var line = view.state.doc.line(p.line);
    return {from: Math.min(line.from + Math.max(p.column - 1, 0), line.to), to: line.to, severity: "error",
            message: p.message};
  })));
  if (label) { label.addEventListener("click", function () { view.focus(); }); }
  area.form.addEventListener("submit", function () { area.value = view.state.doc.toString(); });
})();
