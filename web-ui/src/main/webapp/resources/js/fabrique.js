/*
 * Moves the focus to a confirmation opened where the person acted (an element marked data-focus="on-render", made
 * focusable with tabindex="-1"), once it is rendered, after an Ajax update as on a page load: the browser scrolls it
 * into view and a screen reader reads it. PrimeFaces' own p:focus only focuses fields, and a confirmation holds none;
 * a form marked data-focus-field="first" gives the focus to its first field that takes input.
 * An external file, as the Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';

    function focusMarked() {
        var marked = document.querySelector('[data-focus="on-render"]');
        // once per rendering: an update elsewhere on the page leaves the focus where the person put it
        if (marked && !marked.fabriqueFocused && !marked.contains(document.activeElement)) {
            marked.fabriqueFocused = true;
            // a form opened where the person acted (data-focus-field="first") takes the focus on its first field
            var field = marked.getAttribute('data-focus-field') === 'first'
                ? marked.querySelector('select:not([disabled]), input:not([type="hidden"]):not([disabled]):not([readonly]),'
                    + ' textarea:not([disabled]):not([readonly])')
                : null;
            (field || marked).focus();
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusMarked);
    } else {
        focusMarked();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusMarked);
    }
}());

/*
 * The header's groups (details.menu-group): one open at a time; Escape or a click elsewhere closes them, the focus
 * going back to the group's name after Escape.
 */
(function () {
    'use strict';

    function groups() {
        return Array.prototype.slice.call(document.querySelectorAll('details.menu-group'));
    }

    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (opened.matches && opened.matches('details.menu-group') && opened.open) {
            groups().forEach(function (group) {
                if (group !== opened) {
                    group.open = false;
                }
            });
        }
    }, true);

    document.addEventListener('click', function (event) {
        groups().forEach(function (group) {
            if (group.open && !group.contains(event.target)) {
                group.open = false;
            }
        });
    });

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        groups().forEach(function (group) {
            if (group.open) {
                group.open = false;
                if (group.contains(document.activeElement)) {
                    group.querySelector('summary').focus();
                }
            }
        });
    });
}());

