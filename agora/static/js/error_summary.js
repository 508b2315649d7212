// The summary of a refused form takes the focus, so that keyboard and screen reader users
// start from the list of what to correct (participation/includes/error_summary.html).
(function () {
  "use strict";
  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();
})();
