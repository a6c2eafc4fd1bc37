/*
 * Behaviour the pages declare with data attributes, so that no page carries inline script and the
 * Content-Security-Policy can forbid it: data-print prints the page, data-confirm asks before a form is sent.
 */
document.addEventListener('click', function (event) {
    var printing = event.target.closest('[data-print]');
    if (printing) {
        window.print();
        return;
    }
    var asking = event.target.closest('[data-confirm]');
    if (asking && !window.confirm(asking.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
