// Keeps what an editor types in the publication form in this browser's localStorage, so that nothing
// is lost to a closed tab, a crash or a session that ended while they were writing: the form is kept
// every 30 seconds while it has changes, when the page is hidden or left, and when it is sent. When
// the form is shown again with different text than the kept one, the kept text is offered back.
// A successful save forgets it. Leaving the page with unsaved changes asks first.
"use strict";

(() => {
    const form = document.getElementById("publication-form");
    if (!form) {
        return;
    }

    const storageKey = `cstopress.draft.${form.dataset.draftKey}`;
    // The draft a form was sent from, remembered for the page that answers: a new publication's draft
    // is kept under "new" but its save answers with the page of the new id.
    const sentKey = "cstopress.draft.sent";
    const version = form.querySelector("input[name='Input.Version']");
    const offer = document.getElementById("draft-offer");
    const restored = document.getElementById("draft-restored");

    // Every field of the publication except the hidden ones: the version is kept beside the fields,
    // and the checkbox's hidden companion is the framework's, not the editor's.
    function fields() {
        return Array.from(form.elements).filter((field) =>
            field.name && field.name.startsWith("Input.") && field.type !== "hidden" && !field.disabled);
    }

    function read() {
        const values = {};
        for (const field of fields()) {
            if (field.type === "checkbox") {
                values[field.name] = field.checked;
            } else if (field.type === "select-multiple") {
                values[field.name] = Array.from(field.selectedOptions, (option) => option.value);
            } else {
                values[field.name] = field.value;
            }
        }

        return values;
    }

    function write(values) {
        for (const field of fields()) {
            if (!(field.name in values)) {
                continue;
            }

            const value = values[field.name];
            if (field.type === "checkbox") {
                field.checked = Boolean(value);
            } else if (field.type === "select-multiple") {
                for (const option of field.options) {
                    option.selected = value.includes(option.value);
                }
            } else {
                field.value = value;
            }

            // The counts and the preview listen for these, as for typing.
            field.dispatchEvent(new Event("input", { bubbles: true }));
            field.dispatchEvent(new Event("change", { bubbles: true }));
        }
    }

    function load() {
        try {
            const kept = JSON.parse(localStorage.getItem(storageKey));
            return kept && typeof kept.fields === "object" ? kept : null;
        } catch {
            return null;
        }
    }

    // Only the fields this form has are compared: the change note, say, is shown only once published.
    function differs(values, from) {
        return Object.keys(values).some((name) => name in from && JSON.stringify(values[name]) !== JSON.stringify(from[name]));
    }

    const shown = read();
    // The form shows text the server has not stored (a preview, a refused save): it is ours to keep.
    let unsaved = form.dataset.unsaved === "true";
    let lastKept = "";
    let offerOpen = false;
    let sending = false;

    function hasChanges() {
        return unsaved || differs(read(), shown);
    }

    function keep() {
        // While an older draft is offered, keeping the form would overwrite it before the editor chose.
        if (offerOpen || !hasChanges()) {
            return;
        }

        const values = read();
        const text = JSON.stringify(values);
        if (text === lastKept) {
            return;
        }

        try {
            localStorage.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), version: version.value, fields: values }));
            lastKept = text;
        } catch {
            // Storage full or switched off: nothing more can be done here; the form still holds the text.
        }
    }

    function forget(key) {
        try {
            localStorage.removeItem(key);
        } catch {
            // Storage switched off: there is nothing to forget.
        }
    }

    // ---- On arrival --------------------------------------------------------------------------------

    if (form.dataset.saved === "true") {
        forget(storageKey);
        const sent = sessionStorage.getItem(sentKey);
        if (sent) {
            forget(sent);
            sessionStorage.removeItem(sentKey);
        }
    } else {
        const kept = load();
        if (kept && differs(kept.fields, shown)) {
            offerBack(kept);
        } else if (kept && !unsaved) {
            forget(storageKey);
        }
    }

    function offerBack(kept) {
        offerOpen = true;
        const time = document.getElementById("draft-time");
        const at = new Date(kept.savedAt);
        time.dateTime = at.toISOString();
        time.textContent = at.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
        // Saved since the draft began: restoring takes the draft's version back too, so the save is
        // recognised as coming from the older text and shows both versions instead of overwriting.
        document.getElementById("draft-older").hidden = form.dataset.draftKey === "new" || kept.version === version.value;
        offer.hidden = false;
        // A reload puts the page back where it was scrolled to, after this runs, which would leave the
        // offer out of sight: this page is shown from its top instead, with the offer in focus.
        history.scrollRestoration = "manual";
        offer.focus();
        window.addEventListener("load", () => {
            if (offerOpen) {
                offer.focus();
            }
        }, { once: true });

        document.getElementById("draft-restore").addEventListener("click", () => {
            write(kept.fields);
            if (kept.version) {
                version.value = kept.version;
            }

            offerOpen = false;
            unsaved = true;
            offer.hidden = true;
            restored.hidden = false;
            document.getElementById("Input_Body").focus();
        }, { once: true });

        document.getElementById("draft-discard").addEventListener("click", () => {
            forget(storageKey);
            offerOpen = false;
            offer.hidden = true;
            document.getElementById("Input_Title").focus();
        }, { once: true });
    }

    // ---- While writing -----------------------------------------------------------------------------

    const seconds = Number(form.dataset.autosaveSeconds) || 30;
    window.setInterval(keep, seconds * 1000);

    // pagehide is the last moment a page is sure to get (unload is not fired on phones, nor when the
    // page goes into the back-forward cache); a hidden tab may be closed or discarded without one.
    window.addEventListener("pagehide", keep);
    document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") {
            keep();
        }
    });

    form.addEventListener("submit", () => {
        // The answer may be the sign-in page (an ended session) or a refusal: keep what was sent until
        // the page that answers says it was saved. Sending the form is choosing it over an offered draft.
        offerOpen = false;
        unsaved = true;
        keep();
        try {
            sessionStorage.setItem(sentKey, storageKey);
        } catch {
            // Without sessionStorage a new publication's draft stays offered until discarded.
        }

        sending = true;
    });

    // Coming back to this page from the back-forward cache: it may be left again, so ask again.
    window.addEventListener("pageshow", (event) => {
        if (event.persisted) {
            sending = false;
        }
    });

    window.addEventListener("beforeunload", (event) => {
        if (sending || !hasChanges()) {
            return;
        }

        keep();
        event.preventDefault();
        // Older browsers show the prompt only when returnValue is set.
        event.returnValue = "";
    });
})();
