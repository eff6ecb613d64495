// The parts of CodeMirror 6 the question editor uses, bundled into one file (static/vendor/codemirror.js).
export {EditorView, basicSetup} from "codemirror";
export {EditorState, StateField, StateEffect} from "@codemirror/state";
export {Decoration, WidgetType, keymap} from "@codemirror/view";
export {yaml} from "@codemirror/lang-yaml";
export {setDiagnostics, lintGutter} from "@codemirror/lint";
