// The reviewer's notes pinned to fields: shown beside each field once the editor has drawn it, and marked done (with
// an optional answer) from the checklist without leaving the page, so nothing typed in the editor is lost.
(function () {
  'use strict';
  var list = document.getElementById('pinned-notes');
  if (!list) { return; }
  var evaluationId = list.getAttribute('data-evaluation');

  function anchorOf(p) {
    return 'fp-' + p.replace(/^\$\./, '').replace(/\['([^']*)'\]/g, '.$1').replace(/\[(\d+)\]/g, '.$1');
  }

  function pinAtFields() {
    list.querySelectorAll('li.pinned-note').forEach(function (item) {
      var field = document.getElementById(anchorOf(item.getAttribute('data-path')));
      if (!field || field.parentNode.querySelector('.field-note[data-annotation="' + item.getAttribute('data-annotation') + '"]')) { return; }
      var mark = document.createElement('div');
      mark.className = 'field-note';
      mark.setAttribute('data-annotation', item.getAttribute('data-annotation'));
      mark.setAttribute('role', 'note');
      mark.textContent = '审核批注：' + item.getAttribute('data-note');
      if (field.tagName === 'TR') {
        // a note on a whole row of 附件1 goes in a row of its own under it
        var row = document.createElement('tr');
        var cell = document.createElement('td');
        cell.colSpan = field.children.length;
        cell.appendChild(mark);
        row.appendChild(cell);
        field.parentNode.insertBefore(row, field.nextSibling);
        return;
      }
      field.parentNode.insertBefore(mark, field.nextSibling);
    });
  }

  var editor = document.getElementById('editor');
  var wait = setInterval(function () {
    if (!editor || editor.getAttribute('data-loaded') === 'true') { clearInterval(wait); pinAtFields(); }
  }, 200);
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-tab]')) { setTimeout(pinAtFields, 50); }
    var save = event.target.closest('button.note-save');
    if (!save) { return; }
    var item = save.closest('li.pinned-note');
    var state = item.querySelector('.note-state');
    state.textContent = '正在保存……';
    window.evalApi('PUT', '/api/evaluations/' + evaluationId + '/annotations/' + item.getAttribute('data-annotation'),
      { done: item.querySelector('.note-done').checked, answer: item.querySelector('.note-reply').value })
      .then(function (saved) {
        item.classList.toggle('done', saved.state === 'DONE');
        state.textContent = saved.stateLabel || (saved.state === 'DONE' ? '已处理' : '待处理');
      }, function (error) {
        state.textContent = error.status === 401 ? '登录已过期，答复未保存（页面上的内容仍在），请重新登录后再保存' : '未保存：' + error.message;
      });
  });
})();
