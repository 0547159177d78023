namespace CstoPress.Data.Repositories.Editorial;

/// <summary>
/// The press contacts as the press office keeps them: listed with their publications, added, edited, merged and
/// split. Each change is saved with its audit entry; a merge or a split runs in one transaction, so no publication
/// is left with a contact that is gone, and no change without its entry.
/// </summary>
public sealed class PressContactEditingRepository(CstoPressDbContext db)
{
    public async Task<IReadOnlyList<PressContactUse>> ContactsAsync(CancellationToken cancellationToken = default) =>
        await db.PressContacts.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new PressContactUse(c.Id, c.Name, c.Post, c.NameVariants, db.Publications.Count(p => p.PressContactId == c.Id)))
            .ToListAsync(cancellationToken);

    public Task<PressContact?> ContactAsync(int id, CancellationToken cancellationToken = default) =>
        db.PressContacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<PressContactSignatures> SignaturesAsync(int id, CancellationToken cancellationToken = default)
    {
        var names = await db.Publications.AsNoTracking()
            .Where(p => p.PressContactId == id)
            .GroupBy(p => p.Contact.Name)
            .Select(signed => new { Name = signed.Key, Publications = signed.Count() })
            .ToListAsync(cancellationToken);
        return new PressContactSignatures(
            names.Where(n => !string.IsNullOrWhiteSpace(n.Name)).ToDictionary(n => n.Name!, n => n.Publications),
            names.Where(n => string.IsNullOrWhiteSpace(n.Name)).Sum(n => n.Publications));
    }

    /// <summary>Whether another contact has this name (case and spacing aside): two would read as one person.</summary>
    public async Task<bool> NameTakenAsync(string name, int exceptId, CancellationToken cancellationToken = default)
    {
        // Compared here rather than by lower() in SQL, which folds Cyrillic only under some locales; the catalog is small.
        var names = await db.PressContacts.AsNoTracking().Where(c => c.Id != exceptId).Select(c => c.Name).ToListAsync(cancellationToken);
        return names.Any(n => NameSpellings.Same(n, name));
    }

    public async Task<PressContact> AddContactAsync(PressContactDetails details, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var contact = new PressContact { Name = details.Name };
        contact.Edit(details);
        db.PressContacts.Add(contact);
        db.AuditLog.Add(PressContactAudit.Added(contact, actor, at));
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>The contact with the details typed (a former name kept as a variant); null when there is no such contact.</summary>
    public async Task<PressContact?> EditContactAsync(int id, PressContactDetails details, string actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var contact = await db.PressContacts.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var formerName = contact.Name;
        contact.Edit(details);
        db.AuditLog.Add(PressContactAudit.Edited(contact, formerName, actor, at));
        await db.SaveChangesAsync(cancellationToken);
        return contact;
    }

    /// <summary>
    /// Moves the duplicate's publications to the contact kept, which takes its name and variants as variants, and
    /// deletes the duplicate. The number of publications moved; null when either contact is gone (nothing changes).
    /// </summary>
    public Task<int?> MergeAsync(int duplicateId, int keptId, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync<int?>(async ct =>
        {
            var duplicate = await db.PressContacts.FirstOrDefaultAsync(c => c.Id == duplicateId, ct);
            var kept = await db.PressContacts.FirstOrDefaultAsync(c => c.Id == keptId, ct);
            if (duplicate is null || kept is null || duplicateId == keptId)
            {
                return null;
            }

            var moved = await db.Publications.Where(p => p.PressContactId == duplicateId)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.PressContactId, keptId), ct);
            kept.TakeOver(duplicate);
            db.PressContacts.Remove(duplicate);
            db.AuditLog.Add(PressContactAudit.Merged(duplicate, kept, moved, actor, at));
            await db.SaveChangesAsync(ct);
            return moved;
        }, cancellationToken);

    /// <summary>
    /// Moves the publications signed with <paramref name="spellings"/> (chosen by <see cref="PressContactSplit.Choose"/>)
    /// to the contact <paramref name="intoId"/>, or to a new one when it is 0, with the spellings. Null when the
    /// contact or the one to take them is gone (nothing changes).
    /// </summary>
    public Task<PressContactSplitOutcome?> SplitAsync(
        int contactId, IReadOnlyList<string> spellings, int intoId, string actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        db.InOneTransactionAsync(async ct =>
        {
            var contact = await db.PressContacts.FirstOrDefaultAsync(c => c.Id == contactId, ct);
            var into = intoId == 0 ? null : await db.PressContacts.FirstOrDefaultAsync(c => c.Id == intoId, ct);
            if (contact is null || (intoId != 0 && into is null))
            {
                return null;
            }

            var signedNames = await db.Publications.Where(p => p.PressContactId == contactId && p.Contact.Name != null)
                .Select(p => p.Contact.Name!).Distinct().ToListAsync(ct);
            var moving = PressContactSplit.SignedNamesMoving(signedNames, spellings);
            var signedWithThem = db.Publications.Where(p => p.PressContactId == contactId && moving.Contains(p.Contact.Name!));
            if (into is null)
            {
                into = PressContactSplit.NewContact(spellings, await NewestSnapshotAsync(signedWithThem, ct));
                db.PressContacts.Add(into);
            }
            else
            {
                into.TakeSpellings(spellings);
            }

            contact.GiveUpSpellings(spellings);
            await db.SaveChangesAsync(ct);
            var moved = await signedWithThem.ExecuteUpdateAsync(set => set.SetProperty(p => p.PressContactId, into.Id), ct);
            db.AuditLog.Add(PressContactAudit.Split(contact, into, spellings, moved, actor, at));
            await db.SaveChangesAsync(ct);
            return new PressContactSplitOutcome(into.Id, into.Name, moved);
        }, cancellationToken);

    private static Task<ContactSnapshot?> NewestSnapshotAsync(IQueryable<Publication> publications, CancellationToken cancellationToken) =>
        publications.AsNoTracking()
            .OrderByDescending(p => p.PublishedAt ?? p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => new ContactSnapshot { Name = p.Contact.Name, Post = p.Contact.Post, Phone = p.Contact.Phone, Email = p.Contact.Email })
            .FirstOrDefaultAsync(cancellationToken);
}
