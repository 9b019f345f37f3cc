// The unit's own files in the editor: the Excel workbook (下载Excel填报 / 上传Excel, what changed shown field by
// field) and 附件3 written in Word (导入Word: what was recognised is shown first, applied only when confirmed).
(function () {
  'use strict';
  window.EvalEditorParts = window.EvalEditorParts || {};

  function upload(url, file) {
    var form = new FormData();
    form.append('file', file);
    var headers = { 'Accept': 'application/json', 'X-Requested-With': 'fetch' };
    var token = document.querySelector('meta[name="_csrf"]'), header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { headers[header.content] = token.content; }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin', body: form }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!response.ok) { var error = new Error(body && body.message || ('上传失败：' + response.status)); error.body = body; throw error; }
        return body;
      });
    });
  }

  function showError(ctx, box, error) {
    box.textContent = '';
    box.classList.remove('hidden');
    box.appendChild(ctx.el('p', { 'class': 'alert error', role: 'alert' }, error.message + '（未做任何修改）'));
    box.scrollIntoView({ block: 'start' });
    var details = (error.body && error.body.details) || [];
    if (details.length) {
      var list = ctx.el('ul', { 'class': 'findings upload-problems' });
      // a cell such as 附件1!D7 tells the person where; a JSON path ($, basicData…) does not
      details.forEach(function (d) { list.appendChild(ctx.el('li', { 'data-path': d.path || '' }, (d.path && !/^[a-zA-Z$]/.test(d.path) ? d.path + '：' : '') + d.message)); });
      box.appendChild(list);
    }
  }

  window.EvalEditorParts.workbook = function (ctx) {
    var input = document.getElementById('workbook-file');
    var box = document.getElementById('upload-result');
    if (!input || !box) { return; }
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) { return; }
      if (ctx.hasUnsaved() && !window.confirm('页面上有未保存的修改，上传后将以Excel中的内容为准并丢弃这些修改。继续？')) { input.value = ''; return; }
      box.textContent = '正在读取“' + file.name + '”……'; box.classList.remove('hidden');
      upload('/api/evaluations/' + ctx.id + '/workbook?version=' + ctx.version(), file).then(function (answer) {
        return ctx.reload().then(function () { ctx.showChanges('已按Excel更新附件1和附件2（' + answer.changes.length + '处变化）', answer.changes); });
      }).catch(function (error) { showError(ctx, box, error); }).then(function () { input.value = ''; });
    });
  };

  window.EvalEditorParts.wordImport = function (ctx, tools, panel) {
    if (!ctx.editable) { return; }
    var el = ctx.el;
    var label = el('label', { 'class': 'button', 'for': 'report-document-file' }, '导入Word（.docx）');
    var input = el('input', { type: 'file', id: 'report-document-file', accept: '.docx', 'class': 'file-input' });
    tools.appendChild(label); tools.appendChild(input);
    var box = el('div', { 'class': 'card hidden', id: 'word-import' });
    panel.appendChild(box);
    function url(apply) { return '/api/evaluations/' + ctx.id + '/report-document?version=' + ctx.version() + '&apply=' + apply; }
    input.addEventListener('change', function () {
      var file = input.files[0];
      if (!file) { return; }
      box.textContent = '正在识别“' + file.name + '”……'; box.classList.remove('hidden');
      upload(url(false), file).then(function (preview) {
        box.textContent = '';
        box.appendChild(el('h3', {}, '从“' + file.name + '”识别出 ' + preview.sections.length + ' 个部分（尚未导入）'));
        var t = el('table', { 'class': 'grid', id: 'word-sections' });
        t.innerHTML = '<thead><tr><th>报告部分</th><th>文档中的标题</th><th class="num">段落</th><th>开头</th></tr></thead>';
        var body = el('tbody');
        preview.sections.forEach(function (s) {
          var r = el('tr', { 'data-key': s.key });
          r.appendChild(el('td', {}, s.title)); r.appendChild(el('td', {}, s.heading));
          r.appendChild(el('td', { 'class': 'num' }, String(s.paragraphs)));
          r.appendChild(el('td', { 'class': 'small' }, s.text.substring(0, 40) + (s.text.length > 40 ? '……' : '')));
          body.appendChild(r);
        });
        t.appendChild(body); box.appendChild(t);
        if (preview.unmatchedHeadings.length) {
          box.appendChild(el('p', { 'class': 'alert warning', id: 'word-unmatched' }, '未对应任何部分的标题（其文字保留在前一部分中）：' + preview.unmatchedHeadings.join('；')));
        }
        if (preview.missing.length) {
          box.appendChild(el('p', { 'class': 'muted small' }, '文档中没有的部分（保持原样）：' + preview.missing.join('、')));
        }
        var apply = el('button', { type: 'button', 'class': 'primary', id: 'word-apply' }, '确认导入');
        var cancel = el('button', { type: 'button' }, '取消');
        apply.addEventListener('click', function () {
          if (ctx.hasUnsaved() && !window.confirm('页面上有未保存的修改，导入后附件3以Word中的内容为准。继续？')) { return; }
          upload(url(true), file).then(function (answer) {
            return ctx.reload('tab-a3').then(function () { ctx.showChanges('已从Word导入附件3（' + answer.sections.length + '个部分）', answer.changes); });
          }).catch(function (error) { showError(ctx, box, error); });
        });
        cancel.addEventListener('click', function () { box.classList.add('hidden'); input.value = ''; });
        box.appendChild(apply); box.appendChild(cancel);
        box.scrollIntoView({ block: 'start' });
      }).catch(function (error) { showError(ctx, box, error); input.value = ''; });
    });
  };
})();
