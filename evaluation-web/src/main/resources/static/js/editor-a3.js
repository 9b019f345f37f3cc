// Attachment 3 of the editor: every figure the report's tables print (表1 人员情况, 表2 支出情况 with its split by
// function, 表3 项目支出 by function and economic category), the sections with the template's guidance (text copied
// from last year marked until rewritten), 以上年报告为底稿, and the report module's own preview.
(function () {
  'use strict';
  var STAFF = [['administrativePosts', '行政编制'], ['institutionPosts', '事业编制'], ['onStaffIncludingTalentAndMilitaryFamily', '在职在编'],
    ['retiredInSocialInsurance', '纳入社保退休人员'], ['retiredSelfFunded', '自收自支退休人员'], ['attachedStudents', '挂编学生'], ['contractEmployees', '机关雇员']];
  var AMOUNTS = [['total', '支出合计'], ['basic', '基本支出'], ['basicByEconomic.personnel', '基本支出：人员经费'],
    ['basicByEconomic.publicOperating', '基本支出：日常公用经费'], ['project', '项目支出'], ['officialVehiclesKept', '公务用车保有量（辆）']];

  window.EvalEditorParts = window.EvalEditorParts || {};
  window.EvalEditorParts.drawA3 = function (ctx) {
    var el = ctx.el;
    var panel = document.getElementById('tab-a3');
    panel.textContent = '';
    var rep = ctx.data.document.report;
    rep.staffingFacts = rep.staffingFacts || {};
    var x = rep.expenditure = rep.expenditure || {};
    x.basicByEconomic = x.basicByEconomic || {};
    ['byFunction', 'projectByFunction', 'projectByEconomic'].forEach(function (k) { x[k] = x[k] || []; });
    function dirty() { ctx.markDirty('report'); }

    var head = el('div', { 'class': 'editor-head' });
    var title = el('input', { type: 'text', id: 'fp-report.title', 'class': 'report-title', 'aria-label': '报告标题' });
    title.value = rep.title || ''; title.disabled = !ctx.editable;
    title.addEventListener('input', function () { rep.title = title.value; dirty(); });
    head.appendChild(el('label', { 'class': 'field-label' }, '报告标题')); head.appendChild(title);
    panel.appendChild(head);
    var tools = el('div', { 'class': 'toolbar', id: 'a3-tools' });
    panel.appendChild(tools);
    if (ctx.editable) {
      var fromLast = el('button', { type: 'button', id: 'report-from-previous-year' }, '以上年报告为底稿');
      fromLast.addEventListener('click', function () {
        if (ctx.hasUnsaved()) { window.alert('请先保存当前的修改，再以上年报告为底稿。'); return; }
        if (!window.confirm('以上年自评报告各部分的文字替换本报告相应部分（其他需要说明的情况等上年为空的部分不变），并标为“待改写”。确定？')) { return; }
        window.evalApi('POST', '/api/evaluations/' + ctx.id + '/report/from-previous-year?version=' + ctx.version())
          .then(function () { ctx.reload('tab-a3'); })
          .catch(function (error) { window.alert(error.message); });
      });
      tools.appendChild(fromLast);
    }
    if (window.EvalEditorParts.wordImport) { window.EvalEditorParts.wordImport(ctx, tools, panel); }

    panel.appendChild(el('h3', {}, '表1 人员情况（人）'));
    var staff = el('table', { 'class': 'grid', id: 'a3-staffing' });
    var sb = el('tbody');
    STAFF.forEach(function (f) {
      var r = el('tr'); r.appendChild(el('td', {}, f[1]));
      var td = el('td');
      td.appendChild(ctx.number('report.staffingFacts.' + f[0], rep.staffingFacts[f[0]], f[1], function (v) { rep.staffingFacts[f[0]] = v; dirty(); }));
      r.appendChild(td); sb.appendChild(r);
    });
    staff.appendChild(sb); panel.appendChild(staff);

    panel.appendChild(el('h3', {}, '表2、表3 支出情况（万元）'));
    var figures = el('table', { 'class': 'grid', id: 'a3-figures' });
    figures.innerHTML = '<thead><tr><th>报告中的数据</th><th>数值</th></tr></thead>';
    var fb = el('tbody');
    AMOUNTS.forEach(function (f) {
      var parts = f[0].split('.');
      var owner = parts.length > 1 ? x[parts[0]] : x, key = parts[parts.length - 1];
      var r = el('tr'); r.appendChild(el('td', {}, f[1]));
      var td = el('td');
      td.appendChild(ctx.number('report.expenditure.' + f[0], owner[key], f[1], function (v) { owner[key] = v; dirty(); }));
      r.appendChild(td); fb.appendChild(r);
    });
    var three = el('tr', { id: 'fp-report.expenditure.threePublicExpensesFinal' });
    three.appendChild(el('td', {}, '“三公”经费支出'));
    var threeValue = el('td', { 'class': 'muted' });
    three.appendChild(threeValue); fb.appendChild(three);
    // the report prints 附件1's 三公经费本年决算数: one stored value, kept here in step with it
    function showThree(v) {
      threeValue.textContent = (typeof v === 'number' ? ctx.fmt(v) : '—') + '（取自附件1“三公经费”本年决算数）';
      if (typeof v === 'number' && x.threePublicExpensesFinal !== v) { x.threePublicExpensesFinal = v; dirty(); }
    }
    ctx.onThreePublicFinal = showThree;
    var a1Three = (ctx.data.document.basicData.expenseControl.threePublicExpenses || {}).currentFinal;
    threeValue.textContent = (typeof a1Three === 'number' ? ctx.fmt(a1Three) : '—') + '（取自附件1“三公经费”本年决算数）';
    if (ctx.editable && typeof a1Three === 'number' && x.threePublicExpensesFinal !== a1Three) { x.threePublicExpensesFinal = a1Three; dirty(); }
    figures.appendChild(fb); panel.appendChild(figures);

    categories(ctx, panel, x.byFunction, 'byFunction', '表2 支出按功能分类', false, dirty);
    categories(ctx, panel, x.projectByFunction, 'projectByFunction', '表3 项目支出按功能分类', false, dirty);
    categories(ctx, panel, x.projectByEconomic, 'projectByEconomic', '表3 项目支出按经济分类（占比按金额自动计算）', true, dirty);

    var outline = {};
    ((ctx.data.template && ctx.data.template.reportOutline) || []).forEach(function (s) { outline[s.key] = s; });
    (rep.sections || []).forEach(function (s) {
      var box = el('div', { 'class': 'section-editor' + (s.fromPreviousYear ? ' from-previous-year' : ''), 'data-key': s.key });
      var h = el('h3', {}, s.title);
      var badge = el('span', { 'class': 'badge carried-mark' }, '上年底稿，待改写');
      if (s.fromPreviousYear) { h.appendChild(document.createTextNode(' ')); h.appendChild(badge); }
      box.appendChild(h);
      var guide = outline[s.key] && outline[s.key].guidance;
      if (guide) { box.appendChild(el('p', { 'class': 'muted small guidance' }, '填写要点：' + guide)); }
      var area = el('textarea', { id: 'fp-report.sections.' + s.key, 'data-key': s.key, 'aria-label': s.title });
      area.value = s.text || ''; area.disabled = !ctx.editable;
      area.addEventListener('input', function () {
        s.text = area.value;
        if (s.fromPreviousYear) { delete s.fromPreviousYear; box.classList.remove('from-previous-year'); badge.remove(); }
        dirty();
      });
      box.appendChild(area); panel.appendChild(box);
    });
    // the preview is the report module's own rendering (as in the PDF), so it shows what has been saved
    panel.appendChild(el('h3', {}, '预览（与下载的报告一致，显示已保存的内容）'));
    panel.appendChild(el('iframe', { 'class': 'report-preview', id: 'a3-preview', title: '自评报告预览' }));
  };

  // A list of categories with amounts (and, by economic category, the share the report prints), rows added and removed.
  function categories(ctx, panel, list, key, label, shares, dirty) {
    var el = ctx.el;
    panel.appendChild(el('h4', {}, label));
    var t = el('table', { 'class': 'grid categories', id: 'fp-report.expenditure.' + key });
    t.innerHTML = '<thead><tr><th>分类</th><th>金额（万元）</th>' + (shares ? '<th>占比（计算）</th><th>报告文字中的占比</th>' : '') + '<th></th></tr></thead>';
    var body = el('tbody');
    function redraw() {
      body.textContent = '';
      var sum = list.reduce(function (a, r) { return a + (typeof r[1] === 'number' ? r[1] : 0); }, 0);
      list.forEach(function (row, i) {
        var r = el('tr', { id: 'fp-report.expenditure.' + key + '.' + i });
        var name = el('input', { type: 'text', 'aria-label': label + '名称', value: row[0] || '' });
        name.disabled = !ctx.editable;
        name.addEventListener('input', function () { row[0] = name.value; dirty(); });
        var c1 = el('td'); c1.appendChild(name); r.appendChild(c1);
        var c2 = el('td');
        c2.appendChild(ctx.number('report.expenditure.' + key + '.' + i + '.1', row[1], label + '金额', function (v) { row[1] = v; dirty(); share(); }));
        r.appendChild(c2);
        var shareTd = el('td', { 'class': 'num' });
        function share() {
          var s = list.reduce(function (a, q) { return a + (typeof q[1] === 'number' ? q[1] : 0); }, 0);
          shareTd.textContent = s > 0 && typeof row[1] === 'number' ? ctx.percentText(row[1] / s * 100) : '—';
        }
        if (shares) {
          r.appendChild(shareTd); share();
          var printed = el('input', { type: 'text', id: 'fp-report.expenditure.' + key + '.' + i + '.2', 'class': 'printed-rate', 'aria-label': '报告文字中的占比', value: row[2] || '' });
          printed.disabled = !ctx.editable;
          printed.addEventListener('input', function () { row[2] = printed.value.trim() === '' ? null : printed.value.trim(); dirty(); });
          var c3 = el('td'); c3.appendChild(printed); r.appendChild(c3);
        }
        var del = el('td');
        if (ctx.editable) {
          var remove = el('button', { type: 'button', 'class': 'small' }, '删除');
          remove.addEventListener('click', function () { list.splice(i, 1); dirty(); redraw(); });
          del.appendChild(remove);
        }
        r.appendChild(del); body.appendChild(r);
      });
      if (!list.length) { body.appendChild(el('tr')).appendChild(el('td', { colspan: shares ? 5 : 3, 'class': 'empty' }, '未填写')); }
      return sum;
    }
    redraw(); t.appendChild(body); panel.appendChild(t);
    if (ctx.editable) {
      var add = el('button', { type: 'button', 'class': 'small add-category', 'data-list': key }, '添加一行');
      add.addEventListener('click', function () { list.push(shares ? ['', null, null] : ['', null]); dirty(); redraw(); });
      panel.appendChild(add);
    }
  }
})();
