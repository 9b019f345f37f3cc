// The unit picker of the administrator's forms: a name search, a page of results at a time; the chosen units are
// hidden inputs named by data-field (unitIds), one at most with data-single (a new user's unit).
(function () {
  'use strict';
  document.querySelectorAll('.unit-picker').forEach(function (picker) {
    var input = picker.querySelector('.unit-search');
    var results = picker.querySelector('.unit-results');
    var status = picker.querySelector('.unit-results-status');
    var pager = picker.querySelector('.unit-results-pager');
    var chosen = picker.querySelector('.unit-chosen');
    var count = picker.querySelector('.unit-chosen-count');
    var field = picker.getAttribute('data-field') || 'unitIds';
    var single = picker.getAttribute('data-single') === 'true';
    var shown = null;

    function chosenIds() {
      return Array.prototype.map.call(chosen.querySelectorAll('input[name="' + field + '"]'), function (i) { return i.value; });
    }

    function choose(unit) {
      if (chosenIds().indexOf(String(unit.id)) >= 0) { return; }
      if (single) { chosen.textContent = ''; }
      var item = document.createElement('li');
      item.className = 'chip';
      item.setAttribute('data-unit', unit.id);
      var hidden = document.createElement('input');
      hidden.type = 'hidden'; hidden.name = field; hidden.value = unit.id;
      var name = document.createElement('span');
      name.textContent = unit.name;
      var remove = document.createElement('button');
      remove.type = 'button'; remove.className = 'link unit-remove'; remove.textContent = '移除';
      remove.setAttribute('aria-label', '移除 ' + unit.name);
      item.appendChild(hidden); item.appendChild(name); item.appendChild(document.createTextNode(' ')); item.appendChild(remove);
      chosen.appendChild(item);
      changed();
    }

    function changed() {
      if (count) { count.textContent = chosenIds().length; }
      var stale = picker.querySelector('.field-error');
      if (stale && chosenIds().length > 0) { stale.remove(); }
      if (shown) { show(shown); }
    }

    chosen.addEventListener('click', function (event) {
      var remove = event.target.closest('.unit-remove');
      if (remove) { remove.closest('li').remove(); changed(); }
    });

    function show(page) {
      shown = page;
      results.textContent = '';
      var ids = chosenIds();
      page.items.forEach(function (unit) {
        var item = document.createElement('li');
        item.setAttribute('data-unit', unit.id);
        var name = document.createElement('span');
        name.textContent = unit.name;
        var pick = document.createElement('button');
        pick.type = 'button'; pick.className = 'small unit-choose';
        var taken = unit.inCampaign || ids.indexOf(String(unit.id)) >= 0;
        pick.textContent = unit.inCampaign ? '已在任务中' : taken ? '已选择' : '选择';
        pick.disabled = taken;
        pick.addEventListener('click', function () { choose(unit); });
        item.appendChild(name); item.appendChild(pick);
        results.appendChild(item);
      });
      var pages = Math.max(1, Math.ceil(page.total / page.size));
      status.textContent = page.total === 0 ? '没有名称包含“' + input.value.trim() + '”的单位'
        : '第 ' + page.page + ' / ' + pages + ' 页，共 ' + page.total + ' 个单位';
      pager.classList.toggle('hidden', pages <= 1);
      pager.querySelector('.unit-prev').disabled = page.page <= 1;
      pager.querySelector('.unit-next').disabled = page.page >= pages;
    }

    function search(page) {
      var url = picker.getAttribute('data-search-url') + '?page=' + page + '&name=' + encodeURIComponent(input.value.trim())
        + (picker.hasAttribute('data-campaign') ? '&campaignId=' + picker.getAttribute('data-campaign') : '');
      status.textContent = '正在搜索…';
      window.evalApi('GET', url).then(show).catch(function (error) { status.textContent = error.message; });
    }

    picker.querySelector('.unit-search-go').addEventListener('click', function () { search(1); });
    // Enter searches; it must not send the campaign form half filled in
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') { event.preventDefault(); search(1); }
    });
    pager.querySelector('.unit-prev').addEventListener('click', function () { search(shown.page - 1); });
    pager.querySelector('.unit-next').addEventListener('click', function () { search(shown.page + 1); });
  });
})();
