// Attachment 1 of the editor: staffing, the expense rows (cells carried from last year marked until changed or
// confirmed), the 楼堂馆所 rows (added and removed), 厉行节约保障措施 and the 说明 printed under the table.
(function () {
  'use strict';
  var ROWS = [
    ['threePublicExpenses', '“三公”经费'], ['vehicles', '公务用车购置和维护经费'], ['vehiclePurchase', '　其中：公车购置'],
    ['vehicleOperation', '　　　　公车运行维护'], ['overseasTravel', '因公出国（境）经费'], ['officialReception', '公务接待费'],
    ['projectExpenditure', '项目支出'], ['businessProjects', '　其中：业务工作专项'], ['operationProjects', '　　　　运行维护专项'],
    ['publicOperatingExpenses', '公用经费'], ['officeExpenses', '　其中：办公经费'], ['utilitiesAndTravel', '　　　　水费、电费、差旅费'],
    ['meetingsAndTraining', '　　　　会议费、培训费'], ['governmentProcurement', '政府采购金额'], ['budgetAdjustment', '部门整体支出预算调整']];
  var COLS = [['priorYearFinal', '上年决算数'], ['currentBudget', '本年预算数'], ['currentFinal', '本年决算数']];
  var BUILDING = [['approvedArea', '批复规模（㎡）'], ['actualArea', '实际规模（㎡）'], ['budgetedInvestment', '预算投资（万元）'], ['actualInvestment', '实际投资（万元）']];
  var STANDARD_NOTE = '说明：“项目支出”需要填报除公共专项资金和基本支出以外的所有项目情况，包括业务工作项目、运行维护项目等；“公用经费”填报基本支出中的一般商品和服务支出。';

  // a cell named as the form prints it, so a refused save can say which one it means
  function named(box, label) {
    box.querySelector('input').setAttribute('aria-label', label);
    return box;
  }

  window.EvalEditorParts = window.EvalEditorParts || {};
  window.EvalEditorParts.drawA1 = function (ctx) {
    var el = ctx.el, cell = ctx.cell, num = ctx.num, pct = ctx.pct, percentText = ctx.percentText;
    var panel = document.getElementById('tab-a1');
    panel.textContent = '';
    var b = ctx.data.document.basicData;
    b.carried = b.carried || {};
    b.buildingProjects = b.buildingProjects || [];
    function dirty() { ctx.markDirty('basicData'); }
    panel.appendChild(el('h2', {}, '附件1 基础数据表（单位：万元）'));
    panel.appendChild(el('p', { 'class': 'muted small' }, '空白表示未填写，与 0 不同；不适用的格子请选“——不适用”。比率随输入即时计算。标“上年结转”的格子取自上年自评，请核对后点“确认”或直接修改。'));
    var st = el('table', { 'class': 'grid', id: 'a1-staffing' });
    st.innerHTML = '<thead><tr><th>财政供养人员情况</th><th>编制数</th><th>实际在职人数</th><th>控制率（计算 / 填报）</th></tr></thead>';
    var tr = el('tr'); tr.appendChild(el('td', {}, '人员'));
    var rate = el('span', { 'class': 'rate', id: 'rate-staff' });
    function staffRate() {
      var r = pct(num(b.staffing.actualHeadcount), num(b.staffing.authorizedHeadcount));
      rate.textContent = r === null ? '—' : percentText(r);
      rate.classList.toggle('bad', r !== null && r > 100);
    }
    [['authorizedHeadcount', '编制数'], ['actualHeadcount', '实际在职人数']].forEach(function (k) {
      var td = el('td');
      td.appendChild(named(cell('basicData.staffing.' + k[0], b.staffing[k[0]], function (v) { b.staffing[k[0]] = v; staffRate(); dirty(); }), k[1]));
      tr.appendChild(td);
    });
    var rateTd = el('td', { 'class': 'num' }); rateTd.appendChild(rate);
    // the rate as printed on the form is data of its own: the checks compare it with the computed one
    var printed = el('input', { type: 'text', id: 'fp-basicData.staffing.printedControlRate', 'class': 'printed-rate',
      'aria-label': '表上填报的控制率', title: '表上填报的控制率，须与计算值一致', placeholder: '如 82.7%' });
    printed.value = b.staffing.printedControlRate || '';
    printed.disabled = !ctx.editable;
    printed.addEventListener('input', function () {
      b.staffing.printedControlRate = printed.value.trim() === '' ? null : printed.value.trim(); dirty();
    });
    rateTd.appendChild(el('span', { 'class': 'muted small' }, ' 填报 ')); rateTd.appendChild(printed);
    tr.appendChild(rateTd);
    var tbody = el('tbody'); tbody.appendChild(tr); st.appendChild(tbody); panel.appendChild(st); staffRate();

    panel.appendChild(el('h3', {}, '经费控制情况'));
    var t = el('table', { 'class': 'grid', id: 'a1-expenses' });
    var head = '<thead><tr><th>项目</th>';
    COLS.forEach(function (c) { head += '<th>' + c[1] + '</th>'; });
    t.innerHTML = head + '<th>决算/预算</th><th>较上年增减</th></tr></thead>';
    var body = el('tbody');
    ROWS.forEach(function (row) {
      var key = row[0];
      var values = b.expenseControl[key] || (b.expenseControl[key] = { priorYearFinal: null, currentBudget: null, currentFinal: null });
      var r = el('tr', { id: 'fp-basicData.expenseControl.' + key });
      r.appendChild(el('td', {}, row[1]));
      var exec = el('span', { 'class': 'rate', id: 'rate-exec-' + key });
      var change = el('span', { 'class': 'rate', id: 'rate-change-' + key });
      function rates() {
        var e = pct(num(values.currentFinal), num(values.currentBudget));
        exec.textContent = e === null ? '—' : percentText(e);
        var prior = num(values.priorYearFinal), now = num(values.currentFinal);
        var c = prior === null || now === null || prior === 0 ? null : (now - prior) / prior * 100;
        change.textContent = c === null ? '—' : (c > 0 ? '+' : '') + percentText(c);
        change.classList.toggle('bad', c !== null && c > 0 && key === 'threePublicExpenses');
      }
      COLS.forEach(function (c) {
        var td = el('td');
        var path = 'expenseControl.' + key + '.' + c[0];
        var box = cell('basicData.' + path, values[c[0]], function (v) {
          values[c[0]] = v; rates(); uncarry(); dirty();
          if (key === 'threePublicExpenses' && c[0] === 'currentFinal' && ctx.onThreePublicFinal) { ctx.onThreePublicFinal(v); }
        });
        td.appendChild(named(box, row[1].trim() + ' ' + c[1]));
        function uncarry() {
          if (b.carried[path]) { delete b.carried[path]; }
          box.classList.remove('carried');
          var mark = td.querySelector('.carried-mark'); if (mark) { mark.remove(); }
        }
        if (b.carried[path]) {
          box.classList.add('carried');
          var mark = el('span', { 'class': 'carried-mark small', title: '取自' + b.carried[path] }, '上年结转：' + b.carried[path] + ' ');
          if (ctx.editable) {
            var ok = el('button', { type: 'button', 'class': 'small confirm-carried', 'data-path': path }, '确认');
            ok.addEventListener('click', function () { uncarry(); dirty(); });
            mark.appendChild(ok);
          }
          td.appendChild(mark);
        }
        r.appendChild(td);
      });
      var e1 = el('td', { 'class': 'num' }); e1.appendChild(exec); r.appendChild(e1);
      var e2 = el('td', { 'class': 'num' }); e2.appendChild(change); r.appendChild(e2);
      body.appendChild(r); rates();
    });
    t.appendChild(body); panel.appendChild(t);
    drawBuildings(ctx, panel, b, dirty);

    panel.appendChild(el('h3', {}, '厉行节约保障措施'));
    var area = el('textarea', { id: 'fp-basicData.austerityMeasures', rows: 3, 'class': 'full', 'aria-label': '厉行节约保障措施' });
    area.value = b.austerityMeasures || ''; area.disabled = !ctx.editable;
    area.addEventListener('input', function () { b.austerityMeasures = area.value; dirty(); });
    var wrap = el('div', { 'class': 'section-editor' }); wrap.appendChild(area); panel.appendChild(wrap);

    panel.appendChild(el('h3', {}, '表下说明'));
    panel.appendChild(el('p', { 'class': 'muted small' }, '印在附件1表格下方。留空则印制标准说明：' + STANDARD_NOTE));
    var note = el('textarea', { id: 'fp-basicData.note', rows: 2, 'class': 'full', 'aria-label': '表下说明', placeholder: STANDARD_NOTE });
    note.value = b.note || ''; note.disabled = !ctx.editable;
    note.addEventListener('input', function () { b.note = note.value.trim() === '' ? null : note.value; dirty(); });
    var noteWrap = el('div', { 'class': 'section-editor' }); noteWrap.appendChild(note); panel.appendChild(noteWrap);
  };

  // 楼堂馆所控制情况: one row per project completed this year, with its two control rates.
  function drawBuildings(ctx, panel, b, dirty) {
    var el = ctx.el;
    panel.appendChild(el('h3', {}, '楼堂馆所控制情况（本年完工项目）'));
    var t = el('table', { 'class': 'grid', id: 'a1-buildings' });
    var head = '<thead><tr><th>项目名称</th>';
    BUILDING.forEach(function (c) { head += '<th>' + c[1] + '</th>'; });
    t.innerHTML = head + '<th>规模控制率</th><th>投资概算控制率</th><th></th></tr></thead>';
    var body = el('tbody');
    function redraw() {
      body.textContent = '';
      if (!b.buildingProjects.length) {
        body.appendChild(el('tr', {}, '')).appendChild(el('td', { colspan: 8, 'class': 'empty' }, '无本年完工的楼堂馆所项目'));
      }
      b.buildingProjects.forEach(function (p, i) {
        var r = el('tr', { id: 'fp-basicData.buildingProjects.' + i });
        var nameTd = el('td');
        var name = el('input', { type: 'text', id: 'fp-basicData.buildingProjects.' + i + '.name', 'aria-label': '项目名称', 'class': 'full' });
        name.value = p.name || ''; name.disabled = !ctx.editable;
        name.addEventListener('input', function () { p.name = name.value.trim() === '' ? null : name.value; dirty(); });
        nameTd.appendChild(name); r.appendChild(nameTd);
        var areaRate = el('span', { 'class': 'rate' }), investRate = el('span', { 'class': 'rate' });
        function rates() {
          var a = ctx.pct(ctx.num(p.actualArea), ctx.num(p.approvedArea));
          var v = ctx.pct(ctx.num(p.actualInvestment), ctx.num(p.budgetedInvestment));
          areaRate.textContent = a === null ? '—' : ctx.percentText(a);
          investRate.textContent = v === null ? '—' : ctx.percentText(v);
        }
        BUILDING.forEach(function (c) {
          var td = el('td');
          td.appendChild(named(ctx.cell('basicData.buildingProjects.' + i + '.' + c[0], p[c[0]], function (v) { p[c[0]] = v; rates(); dirty(); }),
            '楼堂馆所第' + (i + 1) + '行 ' + c[1]));
          r.appendChild(td);
        });
        var t1 = el('td', { 'class': 'num' }); t1.appendChild(areaRate); r.appendChild(t1);
        var t2 = el('td', { 'class': 'num' }); t2.appendChild(investRate); r.appendChild(t2);
        var del = el('td');
        if (ctx.editable) {
          var remove = el('button', { type: 'button', 'class': 'small remove-building' }, '删除');
          remove.addEventListener('click', function () { b.buildingProjects.splice(i, 1); dirty(); redraw(); });
          del.appendChild(remove);
        }
        r.appendChild(del); body.appendChild(r); rates();
      });
    }
    redraw();
    t.appendChild(body); panel.appendChild(t);
    if (ctx.editable) {
      var add = el('button', { type: 'button', 'class': 'small', id: 'add-building' }, '添加项目');
      add.addEventListener('click', function () {
        b.buildingProjects.push({ name: null, approvedArea: null, actualArea: null, budgetedInvestment: null, actualInvestment: null });
        dirty(); redraw();
      });
      panel.appendChild(add);
    }
  }
})();
