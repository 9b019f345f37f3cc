// The campaign page: 全部下属单位 or 指定单位 (the unit picker itself is unit-picker.js).
(function () {
  'use strict';
  var chosenBox = document.getElementById('chosen-units');
  document.querySelectorAll('input[name=scope][type=radio]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      if (chosenBox) { chosenBox.classList.toggle('hidden', radio.value !== 'CHOSEN' || !radio.checked); }
      if (radio.value === 'CHOSEN' && radio.checked) { document.querySelector('#new-picker .unit-search').focus(); }
    });
  });
})();
