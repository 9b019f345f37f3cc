// The unit's own files in the editor: the Excel workbook (下载Excel填报 / 上传Excel, what changed shown field by
// field) and 附件3 written in Word (导入Word: what was recognised is shown first, applied only when confirmed).
(function () {
  'use strict';
  window.EvalEditorParts = window.EvalEditorParts || {};

  function upload(url, file) {
    var form = new FormData();
    form.append('file', file);
    return send(url, form);
  }

  function send(url, form) {
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

  // 佐证材料 are sent and listed without leaving the page: what is typed in the attachments stays, saved or not.
  window.EvalEditorParts.evidence = function (ctx) {
    var table = document.getElementById('evidence-list');
    var form = document.getElementById('evidence-form');
    if (!table) { return; }
    var el = ctx.el, base = '/api/evaluations/' + ctx.id + '/evidence';
    var status = el('p', { id: 'evidence-status', role: 'status', 'class': 'hidden' });
    table.parentNode.insertBefore(status, table);
    function say(text, error) {
      status.textContent = text;
      status.className = 'alert ' + (error ? 'error' : 'info');
      status.setAttribute('role', error ? 'alert' : 'status');
    }
    function sizeLabel(bytes) {
      return bytes >= 1024 * 1024 ? (bytes / 1024 / 1024).toFixed(1) + ' MB' : Math.max(1, Math.ceil(bytes / 1024)) + ' KB';
    }
    function action(f, text, cls, confirm) {
      var b = el('button', { type: 'button', 'class': 'small ' + cls, 'data-file': String(f.id), 'data-name': f.fileName }, text);
      if (confirm) { b.setAttribute('data-confirm', confirm); }
      return b;
    }
    function draw(files) {
      var body = table.querySelector('tbody');
      body.textContent = '';
      if (!files.length) { body.appendChild(el('tr')).appendChild(el('td', { colspan: 8, 'class': 'empty' }, '暂无佐证材料')); }
      files.forEach(function (f) {
        var r = el('tr');
        var link = el('a', { href: '/evaluations/' + ctx.id + '/evidence/' + f.id }, f.fileName);
        r.appendChild(el('td')).appendChild(link);
        r.appendChild(el('td', {}, f.indicatorCode ? '指标 ' + f.indicatorCode : '自评报告'));
        r.appendChild(el('td', {}, f.fileType));
        r.appendChild(el('td', { 'class': 'num' }, sizeLabel(f.sizeBytes)));
        r.appendChild(el('td', {}, f.uploadedBy || ''));
        r.appendChild(el('td', { 'class': 'nowrap' }, String(f.uploadedAt || '').replace('T', ' ').substring(0, 16)));
        var vis = el('td', { 'class': 'evidence-visibility' });
        vis.appendChild(el('span', { 'class': 'badge' }, f.publicConfirmed ? '已确认公开' : f.publicRequested ? '可公开（待发布审查）' : '内部'));
        var del = el('td');
        if (ctx.editable) {
          vis.appendChild(document.createTextNode(' '));
          var toggle = action(f, f.publicRequested ? '改为内部' : '标记可公开', 'evidence-toggle');
          toggle.setAttribute('data-public', String(!f.publicRequested));
          vis.appendChild(toggle);
          del.appendChild(action(f, '删除', 'evidence-delete', '确定删除“' + f.fileName + '”？'));
        }
        r.appendChild(vis); r.appendChild(del);
        body.appendChild(r);
      });
      var tab = document.querySelector('[data-tab=tab-evidence]');
      if (tab) { tab.textContent = '佐证材料（' + files.length + '）'; }
    }
    function refresh(message) {
      return window.evalApi('GET', base).then(function (files) { draw(files); say(message); });
    }
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var input = form.querySelector('input[type=file]');
        if (!input.files[0]) { say('请先选择要上传的文件', true); return; }
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        say('正在上传“' + input.files[0].name + '”……');
        send(base, new FormData(form)).then(function (saved) {
          form.reset();
          return refresh('已上传佐证材料“' + saved.fileName + '”');
        }).catch(function (error) { say('未上传：' + error.message, true); })
          .then(function () { button.disabled = false; });
      });
    }
    // on the document, after app.js's data-confirm: a cancelled confirm has prevented the click by then
    document.addEventListener('click', function (event) {
      var button = event.target.closest('button.evidence-toggle, button.evidence-delete');
      if (!button || event.defaultPrevented) { return; }
      var name = button.getAttribute('data-name'), url = base + '/' + button.getAttribute('data-file');
      var done = button.classList.contains('evidence-delete')
        ? window.evalApi('DELETE', url).then(function () { return refresh('已删除佐证材料“' + name + '”'); })
        : window.evalApi('POST', url + '/visibility', { 'public': button.getAttribute('data-public') === 'true' })
          .then(function (f) { return refresh('佐证材料“' + name + '”：' + (f.publicRequested ? '可公开（待发布审查）' : '内部')); });
      button.disabled = true;
      done.catch(function (error) { button.disabled = false; say('未完成：' + error.message, true); });
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
