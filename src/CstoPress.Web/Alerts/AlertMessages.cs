using System.Net;
using CstoPress.Core.Alerts;
using CstoPress.Core.Journalists;
using CstoPress.Core.Markdown;
using CstoPress.Data.Repositories.Alerts;
using CstoPress.Web.Mail;

namespace CstoPress.Web.Alerts;

/// <summary>
/// Writes the message a delivery stands for, in its subscriber's language, as plain text and as HTML (the same
/// sanitized HTML readers get), with a link to manage one's alerts and the RFC 8058 one-click unsubscribe headers.
/// </summary>
public sealed class AlertMessages(AlertContentRepository content, AlertTopicText topics, AlertLinks links,
    PublicationMarkdown markdown, PressOfficeTime pressOffice)
{
    /// <summary>The message, or null when there is nothing left to say (the item was taken down meanwhile).</summary>
    public async Task<OutgoingMail?> ComposeAsync(AlertDelivery delivery, CancellationToken cancellationToken = default)
    {
        var subscription = delivery.Subscription!;
        var topic = await topics.TopicAsync(subscription, cancellationToken);
        var frequency = AlertTopicText.Frequency(subscription);
        var language = subscription.Language;
        var parts = delivery.Purpose switch
        {
            DeliveryPurpose.Confirmation => Confirmation(subscription, topic, frequency),
            DeliveryPurpose.Digest => await DigestAsync(delivery, subscription, frequency, cancellationToken),
            _ => await AlertAsync(delivery.Alert!, subscription, cancellationToken),
        };
        if (parts is null)
        {
            return null;
        }

        var manage = links.Manage(subscription.Email, language);
        var unsubscribe = links.Unsubscribe(subscription.Id, language);
        var why = PageText.Of("Alerts.Mail.Why", language, topic, frequency);
        var manageText = PageText.Of("Alerts.Mail.Manage", language);
        var stopText = PageText.Of("Alerts.Mail.Unsubscribe", language);
        var text = $"{parts.Text}\n\n--\n{why}\n{manageText}: {manage}\n{stopText}: {unsubscribe}\n";
        var html = $"<!DOCTYPE html><html lang=\"{language.Code()}\"><head><meta charset=\"utf-8\"><title>{Encode(parts.Subject)}</title></head><body>"
                   + parts.Html
                   + $"<hr><p>{Encode(why)}</p><p><a href=\"{Encode(manage)}\">{Encode(manageText)}</a> · <a href=\"{Encode(unsubscribe)}\">{Encode(stopText)}</a></p></body></html>";
        return new OutgoingMail(subscription.Email, parts.Subject, text)
        {
            Html = html,
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    private Parts Confirmation(AlertSubscription subscription, string topic, string frequency)
    {
        var link = links.Confirm(subscription.Id, subscription.CreatedAt, subscription.Language);
        var text = PageText.Of("Alerts.Mail.ConfirmText", subscription.Language, topic, frequency, link, AlertSubscription.UnconfirmedErasedAfter.TotalDays);
        return new Parts(PageText.Of("Alerts.Mail.ConfirmSubject", subscription.Language), text, Paragraphs(text));
    }

    private async Task<Parts?> AlertAsync(Alert alert, AlertSubscription subscription, CancellationToken cancellationToken)
    {
        if (await content.ItemAsync(alert.PublicationId, cancellationToken) is not { } item)
        {
            return null;
        }

        var language = subscription.Language;
        var embargoed = alert.Kind == AlertKind.Embargoed;
        var mark = embargoed ? await EmbargoMarkAsync(item, subscription, cancellationToken) : null;
        var subject = alert.Subject ?? (alert.Kind == AlertKind.Updated ? PageText.Of("Alerts.Mail.Updated", language, item.Title) : item.Title);
        subject = mark is null ? subject : $"{mark.Value.Line}: {subject}";
        var address = embargoed ? links.Embargoed(item.Id, language) : links.Publication(item.Language, item.Slug);
        var note = alert.Kind == AlertKind.Updated && alert.ChangeNote is { } changed ? PageText.Of("Alerts.Mail.WhatChanged", language, changed) : null;
        var read = PageText.Of("Alerts.Mail.ReadOnline", language, address);
        var head = mark is null ? "" : mark.Value.Line + "\n\n";
        var foot = mark is null ? "" : $"\n\n{mark.Value.Line}\n{mark.Value.Footer}";
        var text = $"{head}{item.Title}\n\n{(note is null ? "" : note + "\n\n")}{item.Lead}\n\n{markdown.ToPlainText(item.Body)}\n\n{read}{foot}";
        var html = (mark is null ? "" : $"<p><strong>{Encode(mark.Value.Line)}</strong></p>")
                   + $"<h1><a href=\"{Encode(address)}\">{Encode(item.Title)}</a></h1>"
                   + (note is null ? "" : $"<p><em>{Encode(note)}</em></p>")
                   + $"<p><strong>{Encode(item.Lead)}</strong></p>{markdown.ToHtml(item.Body, item.Language)}"
                   + (mark is null ? "" : $"<p><strong>{Encode(mark.Value.Line)}</strong></p><p>{Encode(mark.Value.Footer)}</p>");
        return new Parts(subject, text, html);
    }

    /// <summary>The embargo line and recipient code of a journalist's copy, as on the embargoed pages.</summary>
    private async Task<(string Line, string Footer)?> EmbargoMarkAsync(AlertedItem item, AlertSubscription subscription, CancellationToken cancellationToken)
    {
        var journalist = subscription.AccreditationId is { } id ? await content.JournalistAsync(id, cancellationToken) : null;
        var line = EmbargoLine.For(item.PublishedAt ?? DateTimeOffset.MaxValue, pressOffice, EmbargoLine.ZoneOf(journalist?.TimeZone));
        var note = string.IsNullOrWhiteSpace(item.EmbargoNote) ? "" : item.EmbargoNote.Trim() + " ";
        var footer = $"{note}Not for publication or broadcast before the time above. Recipient code {RecipientCodes.Printed(journalist?.RecipientCode ?? "")}.";
        return (line, footer);
    }

    private async Task<Parts?> DigestAsync(AlertDelivery delivery, AlertSubscription subscription, string frequency, CancellationToken cancellationToken)
    {
        var items = await content.DigestAsync(subscription, delivery.WindowFrom!.Value, delivery.WindowTo!.Value, cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var language = subscription.Language;
        var intro = PageText.Of("Alerts.Mail.DigestIntro", language);
        var lines = items.Select(i => (i, Address: links.Publication(i.Language, i.Slug), Date: pressOffice.DateTime(i.PublishedAt!.Value)))
            .ToList();
        var text = intro + "\n\n" + string.Join("\n\n", lines.Select(l => $"{l.Date}  {l.i.Title}\n{l.i.Lead}\n{l.Address}"));
        var html = $"<p>{Encode(intro)}</p><ul>"
                   + string.Concat(lines.Select(l => $"<li><a href=\"{Encode(l.Address)}\">{Encode(l.i.Title)}</a> <small>{l.Date}</small><br>{Encode(l.i.Lead)}</li>"))
                   + "</ul>";
        return new Parts(PageText.Of("Alerts.Mail.DigestSubject", language, frequency, items.Count), text, html);
    }

    private static string Paragraphs(string text) =>
        string.Concat(text.Split("\n\n").Select(p => $"<p>{Encode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private sealed record Parts(string Subject, string Text, string Html);
}
