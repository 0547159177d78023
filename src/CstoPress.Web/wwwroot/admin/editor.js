// The Markdown editor of the publication form: a formatting toolbar with keyboard shortcuts, word and
// character counts, and a preview beside the text rendered by the server exactly as the public page
// renders it. Without this script the form works as before (its Preview button posts the form).
"use strict";

(() => {
    const form = document.getElementById("publication-form");
    const body = document.getElementById("Input_Body");
    if (!form || !body) {
        return;
    }

    // ---- Editing the text -------------------------------------------------------------------------

    // Replaces the characters from start to end with text and selects [selectStart, selectEnd].
    // execCommand('insertText') is deprecated but is still the only way to change a textarea that
    // the browser's own undo (Ctrl+Z) can take back, and it fires 'input' by itself. Where a browser
    // refuses it, setRangeText does the change (undo then skips it) and 'input' is fired by hand so
    // the counts, the preview and the draft keeping still see it.
    function replace(start, end, text, selectStart, selectEnd) {
        body.focus();
        body.setSelectionRange(start, end);
        const done = text.length > 0
            ? document.execCommand("insertText", false, text)
            : document.execCommand("delete", false);
        if (!done || body.value.slice(start, start + text.length) !== text) {
            body.setRangeText(text, start, end, "end");
            body.dispatchEvent(new Event("input", { bubbles: true }));
        }
        body.setSelectionRange(selectStart, selectEnd);
    }

    // Bold and italic: wrap the selection in the marker, or take the marker away when the selection
    // already has it (inside or just around it), so the same button switches the format off.
    function toggleInline(marker, placeholder) {
        const value = body.value;
        let start = body.selectionStart;
        let end = body.selectionEnd;
        // A selection made by double-clicking a word often takes the space after it along.
        while (end > start && /\s/.test(value[end - 1])) {
            end--;
        }

        const selected = value.slice(start, end);
        const m = marker.length;
        if (selected.length >= 2 * m && selected.startsWith(marker) && selected.endsWith(marker)) {
            const inner = selected.slice(m, selected.length - m);
            replace(start, end, inner, start, start + inner.length);
            return;
        }

        if (value.slice(start - m, start) === marker && value.slice(end, end + m) === marker) {
            replace(start - m, end + m, selected, start - m, end - m);
            return;
        }

        const inner = selected.length > 0 ? selected : placeholder;
        replace(start, end, marker + inner + marker, start + m, start + m + inner.length);
    }

    // A link: the selected words become the link text and the address placeholder is selected, so
    // the editor types or pastes the address straight away. A selected address becomes the target.
    function insertLink() {
        const start = body.selectionStart;
        const end = body.selectionEnd;
        const selected = body.value.slice(start, end).trim();
        if (/^https?:\/\/\S+$/.test(selected)) {
            const text = `[link text](${selected})`;
            replace(start, end, text, start + 1, start + 10);
            return;
        }

        const words = selected.length > 0 ? selected : "link text";
        const text = `[${words}](https://)`;
        const addressStart = start + words.length + 3;
        replace(start, end, text, addressStart, addressStart + "https://".length);
    }

    // Quotes, lists and headings are marks at the start of lines: they apply to every line the
    // selection touches, and are taken away when all of those lines have them already.
    const lineFormats = {
        quote: { has: /^> ?/, add: () => "> " },
        bullets: { has: /^[-*+] /, add: () => "- " },
        numbers: { has: /^\d+[.)] /, add: (index) => `${index + 1}. ` },
        heading: { has: /^#{1,6} /, add: () => "## " },
    };

    function toggleLines(name) {
        const format = lineFormats[name];
        const value = body.value;
        const start = value.lastIndexOf("\n", body.selectionStart - 1) + 1;
        let end = value.indexOf("\n", Math.max(body.selectionEnd - (body.selectionEnd > body.selectionStart ? 1 : 0), start));
        if (end < 0) {
            end = value.length;
        }

        const lines = value.slice(start, end).split("\n");
        const filled = lines.filter((line) => line.trim().length > 0);
        if (filled.length === 0) {
            // An empty line: start it with the mark and leave the caret after it, ready to type.
            const mark = format.add(0);
            replace(start, end, mark, start + mark.length, start + mark.length);
            return;
        }

        const remove = filled.every((line) => format.has.test(line));
        let index = 0;
        const changed = lines.map((line) => {
            if (remove) {
                return line.replace(format.has, "");
            }

            if (line.trim().length === 0) {
                return line;
            }

            // Switching between list kinds, or from a list to a quote, replaces the old mark.
            const bare = line.replace(/^([-*+] |\d+[.)] |> ?|#{1,6} )/, "");
            return format.add(index++) + bare;
        }).join("\n");
        replace(start, end, changed, start, start + changed.length);
    }

    const actions = {
        bold: () => toggleInline("**", "bold text"),
        italic: () => toggleInline("_", "italic text"),
        link: insertLink,
        quote: () => toggleLines("quote"),
        bullets: () => toggleLines("bullets"),
        numbers: () => toggleLines("numbers"),
        heading: () => toggleLines("heading"),
    };

    // ---- Toolbar and shortcuts --------------------------------------------------------------------

    const toolbar = form.querySelector(".editor-toolbar");
    const buttons = Array.from(toolbar.querySelectorAll("button[data-format]"));
    toolbar.hidden = false;
    document.getElementById("body-shortcuts").hidden = false;

    toolbar.addEventListener("click", (event) => {
        const button = event.target.closest("button[data-format]");
        if (button) {
            actions[button.dataset.format]();
        }
    });

    // One tab stop for the whole toolbar and arrow keys within it, as the ARIA toolbar pattern
    // expects: otherwise seven buttons stand between the lead and the text for keyboard users.
    buttons.forEach((button, i) => { button.tabIndex = i === 0 ? 0 : -1; });
    toolbar.addEventListener("keydown", (event) => {
        const current = buttons.indexOf(document.activeElement);
        if (current < 0) {
            return;
        }

        const moves = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: buttons.length - 1 };
        if (!(event.key in moves)) {
            return;
        }

        event.preventDefault();
        const next = (moves[event.key] + buttons.length) % buttons.length;
        buttons[current].tabIndex = -1;
        buttons[next].tabIndex = 0;
        buttons[next].focus();
    });

    // Letters are matched by the character typed, so the shortcuts follow the keyboard layout; with a
    // Russian layout (no Latin letter typed) the physical key decides, so Ctrl+B still means bold.
    // Digits and the full stop are matched by the key, because Shift changes the character typed.
    const letterShortcuts = { b: "bold", i: "italic", k: "link" };
    const shiftedShortcuts = { Digit7: "numbers", Digit8: "bullets", Period: "quote" };
    body.addEventListener("keydown", (event) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) {
            return;
        }

        let action;
        if (event.shiftKey) {
            action = shiftedShortcuts[event.code];
        } else {
            const key = event.key.toLowerCase();
            const letter = /^[a-z]$/.test(key) ? key : event.code.replace(/^Key/, "").toLowerCase();
            action = letterShortcuts[letter];
        }

        if (action) {
            event.preventDefault();
            actions[action]();
        }
    });

    // ---- Counts -----------------------------------------------------------------------------------

    const numbers = new Intl.NumberFormat("en-GB");

    // A word is a run of text with at least one letter or digit, so Markdown's own marks ("-", "##",
    // ">") are not counted; close enough to what a reader would count, and instant while typing.
    function wordsIn(text) {
        return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
    }

    // The browser sends each line break as two characters (CR LF) and the server's limit counts them
    // so: count them twice here too, or a text could look within the limit and be refused on save.
    function sentLength(text) {
        return text.length + (text.match(/\n/g) || []).length;
    }

    form.querySelectorAll(".counts[data-count-for]").forEach((output) => {
        const field = document.getElementById(output.dataset.countFor);
        const max = Number(output.dataset.maxLength);
        const update = () => {
            const words = wordsIn(field.value);
            const length = sentLength(field.value);
            const over = length > max;
            output.textContent = `${numbers.format(words)} ${words === 1 ? "word" : "words"} · ` +
                `${numbers.format(length)} of ${numbers.format(max)} characters` +
                (over ? ` — ${numbers.format(length - max)} over the limit` : "");
            output.classList.toggle("over", over);
        };
        output.hidden = false;
        field.addEventListener("input", update);
        update();
    });

    // ---- Live preview -----------------------------------------------------------------------------

    const preview = form.querySelector(".live-preview");
    const previewBody = document.getElementById("live-preview-body");
    const previewState = document.getElementById("live-preview-state");
    const token = form.querySelector("input[name='__RequestVerificationToken']");
    preview.hidden = false;

    let timer = 0;
    let sent = 0;

    function showState(text, problem) {
        previewState.textContent = text;
        previewState.classList.toggle("problem", Boolean(problem));
    }

    // The server renders the preview (the same Markdig pipeline and sanitizer as the public page), so
    // what the editor sees is what readers will see; its HTML is sanitized there before it comes back.
    async function renderPreview() {
        const number = ++sent;
        const data = new FormData();
        data.append("Input.Body", body.value);
        data.append("__RequestVerificationToken", token ? token.value : "");
        let response;
        try {
            response = await fetch(form.dataset.previewUrl, {
                method: "POST",
                body: data,
                credentials: "same-origin",
                // Tells the server to answer an ended session with 401 rather than the sign-in page.
                headers: { "X-Requested-With": "XMLHttpRequest", Accept: "application/json" },
            });
        } catch {
            if (number === sent) {
                showState("The preview cannot be updated right now (no connection). Your text is kept in this browser.", true);
            }

            return;
        }

        // An older answer arriving after a newer one would show text that is no longer there.
        if (number !== sent) {
            return;
        }

        if (response.status === 401) {
            showState("Your session has ended. Your text is kept in this browser: save, sign in again, and it is offered back.", true);
            return;
        }

        // A redirect means the form's token no longer fits (the server sends such forms back to the page).
        if (!response.ok || response.redirected) {
            showState(`The preview could not be updated (${response.redirected ? "the form has expired" : `error ${response.status}`}). ` +
                "Your text is kept in this browser; save it to go on.", true);
            return;
        }

        const result = await response.json();
        previewBody.innerHTML = result.html;
        showState(result.problems.join(" "), result.problems.length > 0);
    }

    // About 400 ms after the last key: the preview follows the typing without a request per key.
    body.addEventListener("input", () => {
        window.clearTimeout(timer);
        timer = window.setTimeout(renderPreview, 400);
    });

    renderPreview();
})();
