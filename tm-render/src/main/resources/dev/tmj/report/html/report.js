(function () {
  'use strict';
  // tmj HTML report: filters, sorts and expands the findings table. Reads its data from the JSON element
  // #tmj-data; never builds code or markup from model text (only textContent and attributes are read).
  var dataElement = document.getElementById('tmj-data');
  var table = document.getElementById('findings-table');
  if (!dataElement || !table) {
    return;
  }
  var data = JSON.parse(dataElement.textContent);
  var FILTERS = ['severity', 'status', 'stride', 'element', 'q', 'cell'];
  var rows = [];
  Array.prototype.forEach.call(table.tBodies, function (body) {
    var i = Number(body.getAttribute('data-i'));
    if (body.classList.contains('finding') && data.findings[i]) {
      rows.push({ body: body, f: data.findings[i], i: i, text: null });
    }
  });
  var controls = {
    severity: document.getElementById('filter-severity'),
    status: document.getElementById('filter-status'),
    stride: document.getElementById('filter-stride'),
    element: document.getElementById('filter-element'),
    q: document.getElementById('filter-text'),
    cell: document.getElementById('filter-risk-cell')
  };
  var riskCells = document.querySelectorAll('#risk-matrix button[data-risk-cell]');
  var riskNote = document.getElementById('risk-filter-note');
  var riskHint = riskNote ? riskNote.textContent : '';
  var shown = document.getElementById('shown-count');
  var noMatch = document.getElementById('no-match');
  var sortState = { key: '', dir: 1 };

  function searchText(row) {
    if (row.text === null) {
      row.text = row.body.textContent.toLowerCase();
    }
    return row.text;
  }

  function state() {
    var s = {};
    FILTERS.forEach(function (k) {
      s[k] = controls[k] ? controls[k].value : '';
    });
    return s;
  }

  function matches(row, s) {
    var f = row.f;
    if (s.severity && f.severity !== s.severity) return false;
    if (s.status && f.status !== s.status) return false;
    if (s.stride && f.stride !== s.stride) return false;
    if (s.element && f.element !== s.element) return false;
    if (s.cell && f.cell !== s.cell) return false;
    if (s.q) {
      var terms = s.q.toLowerCase().split(/\s+/);
      for (var t = 0; t < terms.length; t++) {
        if (terms[t] && searchText(row).indexOf(terms[t]) < 0) return false;
      }
    }
    return true;
  }

  function apply(writeHash) {
    var s = state();
    var n = 0;
    rows.forEach(function (row) {
      var ok = matches(row, s);
      row.body.hidden = !ok;
      if (ok) n++;
    });
    if (shown) shown.textContent = n + ' of ' + rows.length;
    if (noMatch) noMatch.hidden = n > 0 || rows.length === 0;
    document.documentElement.setAttribute('data-shown', String(n));
    showRiskCell(s.cell, n);
    if (writeHash) saveHash(s);
  }

  // The selected cell of the risk matrix is pressed, and the note below the matrix says what the table shows.
  function showRiskCell(cell, n) {
    var label = '';
    Array.prototype.forEach.call(riskCells, function (button) {
      var pressed = cell !== '' && button.getAttribute('data-risk-cell') === cell;
      button.setAttribute('aria-pressed', pressed ? 'true' : 'false');
      if (pressed) label = button.getAttribute('aria-label');
    });
    if (riskNote) {
      riskNote.textContent = label ? 'The findings table shows ' + n + ' of ' + rows.length + ' findings: '
          + label.replace(/:.*$/, '') + '. Select the cell again to show all.' : riskHint;
    }
  }

  function saveHash(s) {
    var p = new URLSearchParams();
    FILTERS.forEach(function (k) {
      if (s[k]) p.set(k, s[k]);
    });
    if (sortState.key) p.set('sort', (sortState.dir < 0 ? '-' : '') + sortState.key);
    var text = p.toString();
    try {
      history.replaceState(null, '', text ? '#filter:' + text : location.pathname + location.search);
    } catch (e) {
      // a page opened from a file may refuse: the filter still applies
    }
  }

  function select(control, value) {
    if (!control) return;
    if (control.tagName === 'INPUT') {
      control.value = value || '';
      return;
    }
    var found = Array.prototype.some.call(control.options, function (o) {
      return o.value === value;
    });
    control.value = found ? value : '';
  }

  function load(params) {
    FILTERS.forEach(function (k) {
      select(controls[k], params.get(k) || '');
    });
    var sort = params.get('sort') || '';
    var dir = sort.charAt(0) === '-' ? -1 : 1;
    sortBy(sort.replace(/^[-+]/, ''), dir);
  }

  function fromLocation() {
    var hash = location.hash;
    if (hash.indexOf('#filter:') === 0) {
      load(new URLSearchParams(hash.slice('#filter:'.length)));
    } else if (location.search) {
      load(new URLSearchParams(location.search));
    }
  }

  function sortBy(key, dir) {
    var known = key && rows.length && rows[0].f.sort && rows[0].f.sort[key] !== undefined;
    sortState = known ? { key: key, dir: dir } : { key: '', dir: 1 };
    var sorted = rows.slice().sort(function (a, b) {
      if (sortState.key) {
        var d = (a.f.sort[sortState.key] - b.f.sort[sortState.key]) * sortState.dir;
        if (d !== 0) return d;
      }
      return a.i - b.i;
    });
    sorted.forEach(function (row) {
      table.appendChild(row.body);
    });
    Array.prototype.forEach.call(table.querySelectorAll('th[data-sort]'), function (th) {
      var key = th.getAttribute('data-sort');
      if (key === sortState.key) {
        th.setAttribute('aria-sort', sortState.dir > 0 ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
  }

  function expand(row, open) {
    var detail = row.body.querySelector('tr.detail');
    var button = row.body.querySelector('button.toggle');
    if (detail) detail.hidden = !open;
    if (button) button.setAttribute('aria-expanded', open ? 'true' : 'false');
    row.body.classList.toggle('open', open);
  }

  function rowOf(element) {
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].body === element) return rows[i];
    }
    return null;
  }

  function reveal(id) {
    var body = document.getElementById(id);
    var row = body && rowOf(body);
    if (!row) return;
    if (row.body.hidden) {
      FILTERS.forEach(function (k) {
        select(controls[k], '');
      });
      apply(false);
    }
    expand(row, true);
    row.body.scrollIntoView();
  }

  function onHash() {
    var hash = location.hash;
    if (hash.indexOf('#filter:') === 0) {
      fromLocation();
      apply(false);
      var section = document.getElementById('findings');
      if (section) section.scrollIntoView();
    } else if (/^#finding-\d+$/.test(hash)) {
      reveal(hash.slice(1));
    }
  }

  rows.forEach(function (row) {
    expand(row, false);
  });
  FILTERS.forEach(function (k) {
    if (controls[k]) {
      controls[k].addEventListener(k === 'q' ? 'input' : 'change', function () {
        apply(true);
      });
    }
  });
  table.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button || !table.contains(button)) return;
    if (button.classList.contains('toggle')) {
      var row = rowOf(button.closest('tbody'));
      if (row) expand(row, button.getAttribute('aria-expanded') !== 'true');
    } else if (button.hasAttribute('data-sort-button')) {
      var key = button.closest('th').getAttribute('data-sort');
      var dir = sortState.key === key ? -sortState.dir : (key === 'severity' ? -1 : 1);
      sortBy(key, dir);
      apply(true);
    }
  });
  Array.prototype.forEach.call(riskCells, function (button) {
    button.addEventListener('click', function () {
      if (!controls.cell) return;
      var cell = button.getAttribute('data-risk-cell');
      select(controls.cell, controls.cell.value === cell ? '' : cell);
      apply(true);
    });
  });
  function onClick(id, handler) {
    var element = document.getElementById(id);
    if (element) element.addEventListener('click', handler);
  }
  onClick('expand-all', function () {
    rows.forEach(function (row) {
      if (!row.body.hidden) expand(row, true);
    });
  });
  onClick('collapse-all', function () {
    rows.forEach(function (row) {
      expand(row, false);
    });
  });
  onClick('reset-filters', function () {
    FILTERS.forEach(function (k) {
      select(controls[k], '');
    });
    sortBy('', 1);
    apply(true);
  });
  window.addEventListener('hashchange', onHash);

  fromLocation();
  apply(false);
  if (/^#finding-\d+$/.test(location.hash)) {
    reveal(location.hash.slice(1));
  } else if (location.hash.indexOf('#filter:') === 0) {
    var findings = document.getElementById('findings');
    if (findings) findings.scrollIntoView();
  }
  document.documentElement.setAttribute('data-tmj-ready', 'true');
})();
