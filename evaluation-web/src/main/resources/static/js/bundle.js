// Starts a campaign's report bundle and polls its progress until the ZIP can be downloaded.
(function () {
  'use strict';
  var start = document.getElementById('bundle-start');
  if (!start) { return; }
  var box = document.getElementById('bundle-progress');
  var bar = document.getElementById('bundle-bar');
  var text = document.getElementById('bundle-text');
  var error = document.getElementById('bundle-error');
  var link = document.getElementById('bundle-download');

  function show(progress) {
    box.hidden = false;
    bar.max = progress.total;
    bar.value = progress.done;
    text.textContent = '已完成 ' + progress.done + ' / ' + progress.total;
    if (progress.state === 'DONE') {
      text.textContent = '打包完成：共 ' + progress.total + ' 个单位';
      link.href = '/api/report-bundles/' + encodeURIComponent(progress.jobId) + '/download';
      link.textContent = '下载 ' + progress.fileName;
      link.hidden = false;
      start.disabled = false;
      start.textContent = '重新打包';
      if (progress.failures && progress.failures.length) {
        error.textContent = progress.message + '：' + progress.failures.join('；');
        error.hidden = false;
      }
    } else if (progress.state === 'FAILED') {
      fail(progress.message || '打包失败');
    } else {
      setTimeout(function () { poll(progress.jobId); }, 1000);
    }
  }

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    start.disabled = false;
    start.textContent = '重新打包';
  }

  function poll(jobId) {
    window.evalApi('GET', '/api/report-bundles/' + encodeURIComponent(jobId)).then(show, function (e) { fail(e.message); });
  }

  start.addEventListener('click', function () {
    start.disabled = true;
    error.hidden = true;
    link.hidden = true;
    window.evalApi('POST', '/api/campaigns/' + start.dataset.campaign + '/report-bundle').then(show, function (e) { fail(e.message); });
  });
})();
