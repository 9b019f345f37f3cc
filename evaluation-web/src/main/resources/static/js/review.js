// The review page: keeps what the reviewer types as a server-side draft (as they type and on leaving), and shows the
// live review total with the grade the template's bands suggest.
(function () {
  'use strict';
  var form = document.getElementById('approve-form');
  if (!form) { return; }
  var taskId = form.getAttribute('data-task');
  var finance = form.getAttribute('data-finance') === 'true';
  var state = document.getElementById('draft-state');
  var bandsNode = document.getElementById('grade-bands');
  var bands = bandsNode ? JSON.parse(bandsNode.textContent) : [];
  var timer = null, dirty = false, saving = null;

  function value(id) { var el = document.getElementById(id); return el ? el.value : null; }

  function collect() {
    var scores = {};
    document.querySelectorAll('#review-table tbody tr[data-code]').forEach(function (row) {
      var code = row.getAttribute('data-code');
      var score = row.querySelector('input.score'), reason = row.querySelector('textarea[name^="reason."]');
      if (score) { scores[code] = { score: score.value, reason: reason ? reason.value : null }; }
    });
    var annotations = [];
    document.querySelectorAll('textarea.note').forEach(function (note) {
      if (note.value.trim()) { annotations.push({ path: note.getAttribute('data-path'), note: note.value }); }
    });
    return { scores: scores, reviewGrade: value('review-grade'), opinion: value('opinion'),
      comment: value('approve-comment'), returnComment: value('return-comment'), annotations: annotations };
  }

  function two(n) { return (n < 10 ? '0' : '') + n; }

  function save(leaving) {
    if (!dirty) { return saving || Promise.resolve(); }
    dirty = false;
    var url = '/api/tasks/' + encodeURIComponent(taskId) + '/review-draft';
    if (leaving) {
      // keepalive lets the request finish after the page is gone
      var token = document.querySelector('meta[name="_csrf"]'), header = document.querySelector('meta[name="_csrf_header"]');
      var headers = { 'Content-Type': 'application/json', 'X-Requested-With': 'fetch' };
      if (token && header) { headers[header.content] = token.content; }
      fetch(url, { method: 'PUT', headers: headers, credentials: 'same-origin', keepalive: true, body: JSON.stringify(collect()) });
      return Promise.resolve();
    }
    state.textContent = '正在保存草稿……';
    saving = window.evalApi('PUT', url, collect()).then(function () {
      var now = new Date();
      state.textContent = '草稿已保存 ' + two(now.getHours()) + ':' + two(now.getMinutes());
    }, function (error) {
      dirty = true;
      state.textContent = error.status === 401 ? '登录已过期，草稿未保存：请在新窗口重新登录后回到本页，已填写的内容仍在页面上'
        : '草稿未保存：' + error.message;
    });
    return saving;
  }

  function changed() {
    dirty = true;
    state.textContent = '有未保存的修改';
    clearTimeout(timer);
    timer = setTimeout(function () { save(false); }, 800);
    total();
  }

  function inBand(total, b) {
    if (b.lower !== null && (total < b.lower || (total === b.lower && !b.lowerInclusive))) { return false; }
    if (b.upper !== null && (total > b.upper || (total === b.upper && !b.upperInclusive))) { return false; }
    return true;
  }

  // The review total: each indicator's review score where one is typed, else its self-score (as the server sums it).
  function total() {
    if (!finance) { return; }
    var sum = 0, bad = false;
    document.querySelectorAll('#review-table tbody tr[data-code]').forEach(function (row) {
      var input = row.querySelector('input.score');
      var text = input ? input.value.trim() : '';
      var weight = parseFloat(row.getAttribute('data-weight'));
      var n = text === '' ? parseFloat(row.getAttribute('data-self') || '0') : Number(text);
      var wrong = text !== '' && (isNaN(n) || n < 0 || n > weight);
      if (input) {
        input.classList.toggle('invalid', wrong);
        input.setAttribute('aria-invalid', wrong ? 'true' : 'false');
        input.title = wrong ? '评审得分应为0到' + weight + '之间的数字' : '';
      }
      if (wrong) { bad = true; } else if (!isNaN(n)) { sum += n; }
    });
    var rounded = Math.round(sum * 100) / 100;
    document.getElementById('review-total').textContent = rounded.toFixed(2) + (bad ? '（有得分填写有误）' : '');
    var grade = bands.filter(function (b) { return inBand(rounded, b); })[0];
    document.getElementById('suggested-grade').textContent = grade ? grade.label : '—';
  }

  document.addEventListener('input', function (event) {
    if (event.target.closest('#approve-form, #return-form, #review-table, #decision')) { changed(); }
  });
  document.addEventListener('change', function (event) {
    if (event.target.id === 'review-grade') { changed(); }
  });
  window.addEventListener('pagehide', function () { save(true); });
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') { save(true); } });
  // Ctrl+S keeps the draft now, instead of the browser's "save page".
  document.addEventListener('keydown', function (event) {
    if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
      event.preventDefault();
      dirty = true;
      save(false);
    }
  });
  // The decision's form carries everything typed and the server keeps it as the draft before deciding.
  [form, document.getElementById('return-form')].forEach(function (f) {
    if (f) { f.addEventListener('submit', function () { clearTimeout(timer); dirty = false; }); }
  });
  total();
})();
