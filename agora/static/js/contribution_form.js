// Contribution form: moves the focus to the list of errors after a refused send, and shows
// the group's fields only when "for a group" is chosen.
// Without JavaScript every field stays visible, and the server ignores the group's fields
// of an individual contribution.
(function () {
  "use strict";
  var errors = document.getElementById("form-errors");
  if (errors) errors.focus();

  var group = document.getElementById("collective-fields");
  if (!group) return;
  var radios = document.querySelectorAll('input[name="kind"]');
  if (!radios.length) return;

  function update() {
    var checked = document.querySelector('input[name="kind"]:checked');
    group.hidden = !checked || checked.value !== "collective";
  }

  radios.forEach(function (radio) { radio.addEventListener("change", update); });
  update();
})();
