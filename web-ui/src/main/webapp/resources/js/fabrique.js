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
