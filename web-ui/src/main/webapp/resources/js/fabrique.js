/*
 * Moves the focus to a confirmation opened where the person acted (an element marked data-focus="on-render", made
 * focusable with tabindex="-1"), once it is rendered, after an Ajax update as on a page load: the browser scrolls it
 * into view and a screen reader reads it. PrimeFaces' own p:focus only focuses fields, and a confirmation holds none.
 * An external file, as the Content-Security-Policy allows no inline script.
 */
(function () {
    'use strict';

    function focusMarked() {
        var marked = document.querySelector('[data-focus="on-render"]');
        // once per rendering: an update elsewhere on the page leaves the focus where the person put it
        if (marked && !marked.fabriqueFocused && !marked.contains(document.activeElement)) {
            marked.fabriqueFocused = true;
            marked.focus();
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
