// medvocab: fits the Fuseki UI (jena-fuseki-ui) to what this server allows. The page that loads this script sets
// window.medvocabUi = {readOnly: true|false, version: "..."}. This server has no admin module, so the "manage" pages
// (new dataset, backup, remove, tasks) never work and are hidden; without credentials there are no update endpoints,
// so "add data" and "edit" are hidden too. The UI's own "Version <development>" (a shaded jar loses Fuseki's
// manifest version) is replaced by the real one.
(function () {
  'use strict';
  var cfg = window.medvocabUi || {};
  var root = document.documentElement;
  root.classList.add('medvocab-no-admin');
  if (cfg.readOnly) root.classList.add('medvocab-read-only');
  var ADMIN = /^(manage|new dataset|tasks|backup|remove|delete|compact)$/i;
  var WRITE = /^(add data|edit|upload files|upload now)$/i;

  function hide(el) {
    if (el.style.display !== 'none') el.style.display = 'none';
  }

  function fix() {
    var els = document.querySelectorAll('a, button');
    for (var i = 0; i < els.length; i++) {
      var text = (els[i].textContent || '').trim();
      if (ADMIN.test(text) || (cfg.readOnly && WRITE.test(text))) hide(els[i]);
    }
    if (cfg.version) {
      var walker = document.createTreeWalker(document.body || root, NodeFilter.SHOW_TEXT);
      for (var n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeValue.indexOf('<development>') >= 0) n.nodeValue = n.nodeValue.replace('<development>', cfg.version);
      }
    }
  }

  function guard() {
    var h = window.location.hash || '';
    if (/^#\/manage/.test(h) || (cfg.readOnly && /^#\/dataset\/[^/]+\/(upload|edit)/.test(h))) {
      window.location.replace('#/dataset/' + (cfg.dataset || 'vocab') + '/query');
    }
  }

  guard();
  window.addEventListener('hashchange', guard);
  new MutationObserver(fix).observe(root, {childList: true, subtree: true, characterData: true});
  document.addEventListener('DOMContentLoaded', fix);
})();
