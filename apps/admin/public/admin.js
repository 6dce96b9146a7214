// The admin pages' only script, a file because the Content-Security-Policy allows no inline script
// or event handler attribute. Pages work without it; it adds the confirmations.
'use strict';

// A form with data-confirm="question" asks before it is sent (e.g. cancelling a meeting).
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) event.preventDefault();
});
