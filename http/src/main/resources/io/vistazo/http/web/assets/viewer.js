// The viewer page's copy buttons. Without this script the buttons stay hidden and every code can still be
// selected in its read-only field and copied by hand.
(function () {
    'use strict';

    function copy(field, button) {
        var done = function () {
            button.textContent = button.getAttribute('data-copied');
            button.setAttribute('data-state', 'copied');
        };
        field.focus();
        field.select();
        // Copying the selection works inside the click on any page; the Clipboard API is the fallback.
        if (document.execCommand('copy')) {
            done();
        } else if (navigator.clipboard) {
            navigator.clipboard.writeText(field.value).then(done, function () {});
        }
    }

    document.querySelectorAll('button.copy[data-copy]').forEach(function (button) {
        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            copy(field, button);
        });
    });
}());
