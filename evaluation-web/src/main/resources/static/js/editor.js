// The evaluation editor: Attachment 1 as a form with live rates, Attachment 2 as the indicator tree with scores,
// Attachment 3 as section editors with the report's own preview. Blank (null), zero and "——" (NOT_APPLICABLE) stay distinct.
(function () {
  'use strict';
  var root = document.getElementById('editor');
  if (!root) { return; }
  var id = root.getAttribute('data-id');
  var editable = root.getAttribute('data-editable') === 'true';
  var version = parseInt(root.getAttribute('data-version'), 10);
  var data = null;
  var dirty = {};

  var NA = 'NOT_APPLICABLE';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function num(v) { return typeof v === 'number' ? v : null; }
  // Rates read as the scoring explanations print them: half-up to 2 decimals (43 / 52 → 82.69%).
  function percentText(v) { return (Math.round((Math.abs(v) + Number.EPSILON) * 100) / 100 * Math.sign(v)).toFixed(2) + '%'; }
  function fmt(v, digits) { return v === null || v === undefined ? '—' : Number(v).toFixed(digits === undefined ? 2 : digits).replace(/\.?0+$/, ''); }
  function pct(a, b) { return a === null || b === null || b === 0 ? null : a / b * 100; }
  function gradeText(evaluation) {
    return evaluation.selfTotal === null || evaluation.selfTotal === undefined ? '未填写' : evaluation.selfGrade || '';
  }
  function markDirty(part) {
    dirty[part] = true;
    var s = document.getElementById('save-state');
    if (s) { s.textContent = '有未保存的修改'; s.classList.add('dirty'); }
  }

  // A number cell: a text input (blank = not filled in) and a choice of "填写" or "——（不适用）".
  function cell(path, value, onChange) {
    var wrap = el('span', { 'class': 'cell' });
    var input = el('input', { type: 'text', inputmode: 'decimal', id: 'fp-' + path, 'aria-label': path });
    var select = el('select', { 'aria-label': '是否适用' });
    select.appendChild(el('option', { value: 'value' }, '填写'));
    select.appendChild(el('option', { value: 'na' }, '——不适用'));
    function show() {
      var na = select.value === 'na';
      wrap.classList.toggle('na', na);
      input.disabled = na || !editable;
      input.classList.toggle('blank', !na && input.value.trim() === '');
      input.title = na ? '不适用（——）' : input.value.trim() === '' ? '空白：未填写（与 0 不同）' : '';
    }
    if (value === NA) { select.value = 'na'; } else if (value !== null && value !== undefined) { input.value = String(value); }
    select.disabled = !editable;
    function read() {
      if (select.value === 'na') { return NA; }
      var t = input.value.trim();
      if (t === '') { return null; }
      var n = Number(t.replace(/,/g, ''));
      return isNaN(n) ? t : n;
    }
    input.addEventListener('input', function () {
      var v = read();
      input.classList.toggle('invalid', typeof v === 'string' && v !== NA);
      show(); onChange(v);
    });
    select.addEventListener('change', function () { show(); onChange(read()); });
    wrap.appendChild(input); wrap.appendChild(select); show();
    return wrap;
  }

  // ---------------------------------------------------------------- Attachment 2
  function drawA2() {
    var panel = document.getElementById('tab-a2');
    panel.textContent = '';
    var sheet = data.document.scoreSheet;
    sheet.selfScores = sheet.selfScores || {}; sheet.inputs = sheet.inputs || {}; sheet.reasons = sheet.reasons || {};
    var scores = data.scoreSheet.indicators;
    var totals = el('div', { 'class': 'totals', id: 'fp-scoreSheet.selfScores' });
    totals.innerHTML = '<span>自评总分 <b id="a2-total"></b></span><span id="a2-grade"></span><span class="muted small">“计算得分”由评分规则按已填数据算出，保存后更新</span>';
    panel.appendChild(totals);
    var t = el('table', { 'class': 'grid indicators', id: 'a2-table' });
    t.innerHTML = '<thead><tr><th>编码</th><th>指标</th><th class="num">分值</th><th>评分标准</th><th>评分所需数据</th><th class="num">计算得分</th><th class="num">自评得分</th><th>差异说明</th></tr></thead>';
    var body = el('tbody');
    function walk(nodes) {
      nodes.forEach(function (n) {
        var leaf = !n.children || n.children.length === 0;
        var r = el('tr', { 'class': 'level-' + n.level, id: 'row-' + n.code });
        r.appendChild(el('td', {}, n.code));
        r.appendChild(el('td', { 'class': 'name' }, n.name));
        r.appendChild(el('td', { 'class': 'num' }, fmt(n.weight)));
        if (!leaf) {
          r.appendChild(el('td', { colspan: 3 }, ''));
          var span = el('td', { 'class': 'num' }); span.appendChild(el('span', { id: 'sum-' + n.code }));
          r.appendChild(span); r.appendChild(el('td', {}, ''));
          body.appendChild(r); walk(n.children); return;
        }
        r.appendChild(el('td', { 'class': 'std' }, n.scoringStandard || ''));
        var inputsTd = el('td'); var box = el('div', { 'class': 'inputs' });
        ((n.rule && n.rule.inputs) || []).forEach(function (spec) {
          var label = el('label', {}, spec.label);
          var current = (sheet.inputs[n.code] || {})[spec.name];
          var input;
          if (spec.type === 'yesNo') {
            input = el('select', { id: 'fp-scoreSheet.inputs.' + n.code + '.' + spec.name });
            [['', '未填'], ['true', '是'], ['false', '否']].forEach(function (o) { input.appendChild(el('option', { value: o[0] }, o[1])); });
            input.value = current === true ? 'true' : current === false ? 'false' : '';
          } else {
            input = el('input', { type: 'text', id: 'fp-scoreSheet.inputs.' + n.code + '.' + spec.name });
            input.value = current === null || current === undefined ? '' : String(current);
          }
          input.disabled = !editable;
          input.addEventListener('change', function () {
            var v = input.value.trim();
            var value = v === '' ? null : spec.type === 'yesNo' ? v === 'true' : (isNaN(Number(v)) ? v : Number(v));
            sheet.inputs[n.code] = sheet.inputs[n.code] || {};
            if (value === null) { delete sheet.inputs[n.code][spec.name]; } else { sheet.inputs[n.code][spec.name] = value; }
            markDirty('scoreSheet');
          });
          label.appendChild(input); box.appendChild(label);
        });
        inputsTd.appendChild(box); r.appendChild(inputsTd);
        var s = scores[n.code] || {};
        var computed = el('td', { 'class': 'num', id: 'computed-' + n.code });
        computed.appendChild(el('div', {}, s.computedScore === null || s.computedScore === undefined ? '—' : fmt(s.computedScore)));
        if (s.summary) { computed.appendChild(el('div', { 'class': 'explain' }, s.summary)); }
        r.appendChild(computed);
        var selfTd = el('td', { 'class': 'num' });
        var self = el('input', { type: 'text', 'class': 'score', id: 'fp-scoreSheet.selfScores.' + n.code, 'aria-label': n.code + ' 自评得分' });
        var sv = sheet.selfScores[n.code];
        self.value = sv === null || sv === undefined ? '' : String(sv);
        self.disabled = !editable;
        var reason = el('textarea', { id: 'fp-scoreSheet.reasons.' + n.code, 'aria-label': n.code + ' 差异说明', placeholder: '自评与计算得分不同时须说明' });
        reason.value = sheet.reasons[n.code] || ''; reason.disabled = !editable;
        function differs() {
          var c = s.computedScore, v = sheet.selfScores[n.code];
          r.classList.toggle('differs', c !== null && c !== undefined && v !== null && v !== undefined && Number(c) !== Number(v));
        }
        self.addEventListener('input', function () {
          var t = self.value.trim();
          var v = t === '' ? null : Number(t);
          var bad = v !== null && (isNaN(v) || v < 0 || v > Number(n.weight));
          self.classList.toggle('invalid', bad);
          sheet.selfScores[n.code] = v === null || isNaN(v) ? null : v;
          differs(); sums(); markDirty('scoreSheet');
        });
        reason.addEventListener('input', function () {
          if (reason.value.trim() === '') { delete sheet.reasons[n.code]; } else { sheet.reasons[n.code] = reason.value; }
          markDirty('scoreSheet');
        });
        selfTd.appendChild(self); r.appendChild(selfTd);
        var reasonTd = el('td'); reasonTd.appendChild(reason); r.appendChild(reasonTd);
        body.appendChild(r); differs();
      });
    }
    walk(data.template.indicators);
    t.appendChild(body);
    var wrap = el('div', { 'class': 'table-wrap' }); wrap.appendChild(t); panel.appendChild(wrap);
    sums();
  }

  function sums() {
    var sheet = data.document.scoreSheet;
    var any = false;
    function sum(n) {
      if (!n.children || n.children.length === 0) {
        var v = sheet.selfScores[n.code];
        any = any || typeof v === 'number';
        return typeof v === 'number' ? v : 0;
      }
      var total = n.children.reduce(function (a, c) { return a + sum(c); }, 0);
      var span = document.getElementById('sum-' + n.code);
      if (span) { span.textContent = '小计 ' + fmt(total); }
      return total;
    }
    var total = data.template.indicators.reduce(function (a, n) { return a + sum(n); }, 0);
    var out = document.getElementById('a2-total');
    // a draft with no self-score yet has no total and no grade, not 0 and 差
    if (out) { out.textContent = any ? fmt(total) : '—'; }
    var grade = '';
    (data.template.scoreGrades || []).forEach(function (g) {
      var r = g.range || g;
      var ok = (r.atLeast === undefined || total >= r.atLeast) && (r.above === undefined || total > r.above)
        && (r.atMost === undefined || total <= r.atMost) && (r.below === undefined || total < r.below);
      if (ok) { grade = g.grade; }
    });
    var gradeOut = document.getElementById('a2-grade');
    if (gradeOut) { gradeOut.textContent = !any ? '未填写自评得分' : grade ? '等级：' + grade : ''; }
  }

  // ---------------------------------------------------------------- Attachments 1 and 3 (editor-a1.js, editor-a3.js)
  // A number field without "——" (the report's figures): blank is null, text that is no number is kept to be refused.
  function number(path, value, label, onChange) {
    var input = el('input', { type: 'text', inputmode: 'decimal', id: 'fp-' + path, 'aria-label': label, 'class': 'figure' });
    input.value = value === null || value === undefined ? '' : String(value);
    input.disabled = !editable;
    input.addEventListener('input', function () {
      var t = input.value.trim().replace(/,/g, '');
      var v = t === '' ? null : Number(t);
      input.classList.toggle('invalid', v !== null && isNaN(v));
      onChange(v === null || isNaN(v) ? (t === '' ? null : t) : v);
    });
    return input;
  }
  function context() {
    return { data: data, editable: editable, id: id, el: el, cell: cell, number: number, num: num, pct: pct, fmt: fmt,
      percentText: percentText, markDirty: markDirty, version: function () { return version; },
      hasUnsaved: function () { return Object.keys(dirty).length > 0; }, reload: reload, showChanges: showChanges };
  }
  var ctx = null;
  function drawAll() {
    ctx = context();
    window.EvalEditorParts.drawA1(ctx); drawA2(); window.EvalEditorParts.drawA3(ctx);
    refreshPreview();
  }
  // After a save made elsewhere (last year's report, an uploaded workbook or Word file): read everything again.
  function reload(tab) {
    return evalApi('GET', '/evaluations/' + id + '/data').then(function (loaded) {
      data = loaded; version = loaded.evaluation.version; dirty = {};
      var sv = document.getElementById('submit-version'); if (sv) { sv.value = version; }
      document.getElementById('head-total').textContent = fmt(loaded.evaluation.selfTotal);
      document.getElementById('head-grade').textContent = gradeText(loaded.evaluation);
      drawAll(); drawChecks(loaded.checks || []);
      if (tab) { window.evalShowTab(tab); refreshPreview(); }
      var s = document.getElementById('save-state'); if (s) { s.textContent = '已保存'; s.classList.remove('dirty'); }
    });
  }
  // What an upload changed, field by field, old → new.
  function showChanges(title, changes) {
    var box = document.getElementById('upload-result');
    box.textContent = '';
    box.classList.remove('hidden');
    box.appendChild(el('h3', {}, title));
    if (!changes.length) { box.appendChild(el('p', { 'class': 'muted' }, '与已保存的内容相同，没有变化。')); return; }
    var t = el('table', { 'class': 'grid', id: 'upload-changes' });
    t.innerHTML = '<thead><tr><th>项目</th><th>原值</th><th>新值</th></tr></thead>';
    var body = el('tbody');
    changes.forEach(function (c) {
      var r = el('tr');
      r.appendChild(el('td', {}, c.label)); r.appendChild(el('td', {}, c.before === null ? '（空白）' : c.before));
      r.appendChild(el('td', {}, c.after === null ? '（空白）' : c.after));
      body.appendChild(r);
    });
    t.appendChild(body); box.appendChild(t);
    box.scrollIntoView({ block: 'start' });
  }

  function previewUrl() { return '/evaluations/' + id + '/report/preview?v=' + version + '#attachment-3-cover'; }
  // loaded only while its tab is shown: a hidden frame would not scroll to Attachment 3
  function refreshPreview() {
    var frame = document.getElementById('a3-preview');
    if (frame && frame.offsetParent !== null && frame.getAttribute('src') !== previewUrl()) { frame.src = previewUrl(); }
  }
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-tab=tab-a3]')) { setTimeout(refreshPreview, 0); }
  });

  // ---------------------------------------------------------------- checks, save
  function drawChecks(checks) {
    var list = document.getElementById('findings');
    list.textContent = '';
    if (!checks.length) { list.appendChild(el('li', { 'class': 'ok' }, '未发现问题。')); }
    checks.forEach(function (f) {
      var li = el('li', { 'class': 'finding', 'data-code': f.code });
      li.appendChild(el('span', { 'class': 'sev-' + f.severity }, '[' + f.severityLabel + '] '));
      li.appendChild(document.createTextNode(f.message + ' '));
      if (f.fieldPath) {
        var a = el('a', { href: '#' + anchorOf(f.fieldPath), 'class': 'finding-link', 'data-path': f.fieldPath }, '定位');
        li.appendChild(a);
      }
      list.appendChild(li);
    });
    document.getElementById('check-count').textContent = '（' + checks.length + '）';
  }

  // A finding's path as the id of the field that shows it: report.sections[2].text is the section of that key.
  function anchorOf(path) {
    var p = path.replace(/^\$\./, '').replace(/\['([^']+)'\]/g, '.$1');
    p = p.replace(/^report\.sections\[(\d+)\](\.text)?/, function (m, i) {
      var s = data && data.document.report.sections[Number(i)];
      return s ? 'report.sections.' + s.key : 'report.sections';
    });
    return 'fp-' + p.replace(/\[(\d+)\]/g, '.$1');
  }

  // The field a path names, or the nearest enclosing one that is on the page.
  function fieldAt(jsonPath) {
    var path = anchorOf(jsonPath).substring(3);
    var target = null;
    while (path && !target) {
      target = document.getElementById('fp-' + path);
      path = path.indexOf('.') > 0 ? path.substring(0, path.lastIndexOf('.')) : '';
    }
    return target;
  }
  function goTo(target) {
    var panel = target.closest('.tab-panel');
    if (panel) { window.evalShowTab(panel.id); }
    target.scrollIntoView({ block: 'center' });
    var focusable = target.matches('input,select,textarea') ? target : target.querySelector('input,select,textarea');
    if (focusable) { focusable.focus(); }
    target.classList.remove('flash-target'); void target.offsetWidth; target.classList.add('flash-target');
  }

  // A finding's link opens the tab that holds the field, scrolls to it and focuses it.
  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.finding-link');
    if (!link) { return; }
    event.preventDefault();
    var target = fieldAt(link.getAttribute('data-path'));
    if (target) { goTo(target); }
  });

  // A refused save marks each field it names and shows the first; a mark goes once its field is changed.
  function markRefused(details) {
    clearRefused();
    var first = null;
    details.forEach(function (d) {
      var target = d.path ? fieldAt(d.path) : null;
      if (!target) { return; }
      var field = target.matches('input,select,textarea') ? target : target.querySelector('input,select,textarea') || target;
      field.classList.add('save-error');
      field.setAttribute('aria-invalid', 'true');
      first = first || target;
    });
    if (first) { goTo(first); }
  }
  function clearRefused(field) {
    (field ? [field] : document.querySelectorAll('.save-error')).forEach(function (f) {
      f.classList.remove('save-error'); f.removeAttribute('aria-invalid');
    });
  }
  ['input', 'change'].forEach(function (type) {
    root.addEventListener(type, function (event) {
      var cellBox = event.target.closest('.cell');
      var marked = event.target.classList.contains('save-error') ? event.target : cellBox && cellBox.querySelector('.save-error');
      if (marked) { clearRefused(marked); }
    });
  });

  function save() {
    var parts = Object.keys(dirty);
    var state = document.getElementById('save-state');
    if (!parts.length) { state.textContent = '没有需要保存的修改'; return Promise.resolve(); }
    state.textContent = '正在保存……';
    var chain = Promise.resolve();
    parts.forEach(function (part) {
      chain = chain.then(function () {
        return saveWithVersion(part);
      }).then(function (answer) {
        delete dirty[part];
        version = answer.evaluation.version;
        data.scoreSheet = answer.scoreSheet;
        document.getElementById('head-total').textContent = fmt(answer.evaluation.selfTotal);
        document.getElementById('head-grade').textContent = gradeText(answer.evaluation);
        var sv = document.getElementById('submit-version'); if (sv) { sv.value = version; }
        drawChecks(answer.checks);
      });
    });
    return chain.then(function () {
      var active = document.querySelector('[data-tab].on');
      drawA2(); if (active) { window.evalShowTab(active.getAttribute('data-tab')); } refreshPreview();
      state.textContent = '已保存'; state.classList.remove('dirty');
      clearRefused();
    }).catch(function (error) {
      // people read the field as the page labels it (the message says it); the path is for the API's callers
      var details = error.body && error.body.details ? error.body.details.map(function (d) {
          var field = d.path ? document.getElementById(anchorOf(d.path)) : null;
          var label = field ? field.getAttribute('aria-label') : null;
          // a label that is itself a path (a bare cell) says nothing to a person
          return label && !/^[a-zA-Z$]/.test(label) && d.message.indexOf(label) < 0 ? label + '：' + d.message : d.message;
        })
        .filter(function (m) { return m && m !== error.message; }).join('；') : '';
      state.textContent = error.status === 401 ? error.message
        : '保存失败：' + error.message + (details ? '（' + details + '）' : '') + '。您填写的内容仍在页面上，尚未保存。';
      state.classList.add('dirty');
      if (error.body && error.body.details) { markRefused(error.body.details); }
    });
  }

  // Rows added to the report's tables and left wholly empty are not data: they are not sent.
  function cleaned(part) {
    var value = data.document[part];
    if (part !== 'report' || !value.expenditure) { return value; }
    var copy = JSON.parse(JSON.stringify(value));
    ['byFunction', 'projectByFunction', 'projectByEconomic'].forEach(function (k) {
      copy.expenditure[k] = (copy.expenditure[k] || []).filter(function (r) {
        return (r[0] && String(r[0]).trim() !== '') || (r[1] !== null && r[1] !== undefined);
      });
    });
    return copy;
  }

  function saveWithVersion(part) {
    var headers = { 'Accept': 'application/json', 'Content-Type': 'application/json', 'X-Requested-With': 'fetch', 'X-Evaluation-Version': String(version) };
    var token = document.querySelector('meta[name="_csrf"]'), header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return fetch('/evaluations/' + id + '/parts/' + part, { method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(cleaned(part)) })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) { var e = new Error(body.message || '保存失败'); e.body = body; e.status = response.status; throw e; }
          return body;
        });
      });
  }

  var saveButton = document.getElementById('save-button');
  if (saveButton) {
    saveButton.addEventListener('click', save);
    // Ctrl+S saves here, as in an office program, instead of the browser's "save page"
    document.addEventListener('keydown', function (event) {
      if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) { event.preventDefault(); save(); }
    });
  }
  var submitForm = document.getElementById('submit-form');
  if (submitForm) {
    submitForm.addEventListener('submit', function (event) {
      if (Object.keys(dirty).length) {
        event.preventDefault();
        save().then(function () { if (!Object.keys(dirty).length) { submitForm.submit(); } });
      }
    });
  }
  window.addEventListener('beforeunload', function (event) {
    if (Object.keys(dirty).length) { event.preventDefault(); event.returnValue = ''; }
  });

  // The page carries its data (one request, one load); /data is only for a page rendered without it.
  var embedded = document.getElementById('editor-data');
  var initial = embedded ? Promise.resolve(JSON.parse(embedded.textContent)) : evalApi('GET', '/evaluations/' + id + '/data');
  initial.then(function (loaded) {
    data = loaded;
    version = loaded.evaluation.version;
    drawAll();
    window.EvalEditorParts.workbook(ctx);
    window.EvalEditorParts.evidence(ctx);
    root.setAttribute('data-loaded', 'true');
  }).catch(function (error) {
    document.getElementById('tab-a1').textContent = '载入失败：' + error.message;
  });
})();
