// Contribution form: shows the group's fields only when "for a group" is chosen (the list of
// errors takes the focus through error_summary.js).
// Without JavaScript every field stays visible, and the server ignores the group's fields
// of an individual contribution.
(function () {
  "use strict";
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
