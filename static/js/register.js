/* Study days start in the student's own time zone: fill the register form's hidden field from the browser.
   The server keeps UTC if this does not run. A file, not an inline script, for the Content-Security-Policy. */
(function () {
  "use strict";
  var zone = document.getElementById("timezone");
  try {
    if (zone && !zone.value) { zone.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; }
  } catch (error) { /* keep the default */ }
})();
