/*
 * Behaviour the pages declare with data attributes, so that no page carries inline script and the
 * Content-Security-Policy can forbid it: data-print prints the page, data-confirm asks before a form is sent,
 * data-submit-with="button id" on a field sends its form with that button as soon as the field changes.
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

document.addEventListener('change', function (event) {
    var field = event.target.closest('[data-submit-with]');
    if (field && field.form) {
        var button = field.form.querySelector('[id$="' + field.getAttribute('data-submit-with') + '"]');
        if (button) {
            button.click();
        }
    }
});
