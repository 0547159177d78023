using CstoPress.Core.Alerts;
using CstoPress.Core.Auditing;
using CstoPress.Core.Import;
using CstoPress.Core.Journalists;
using CstoPress.Data.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace CstoPress.Data;

/// <summary>
/// The portal's one database: content, accounts and the data-protection keys, so that any number
/// of web nodes share everything through PostgreSQL and nothing lives only in one process.
/// </summary>
public class CstoPressDbContext(DbContextOptions<CstoPressDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Photo> Photos => Set<Photo>();
    public DbSet<StoredImage> StoredImages => Set<StoredImage>();
    public DbSet<ChangeNote> ChangeNotes => Set<ChangeNote>();
    public DbSet<PublicationRevision> Revisions => Set<PublicationRevision>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<PreviewLink> PreviewLinks => Set<PreviewLink>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PostHeld> PostsHeld => Set<PostHeld>();
    public DbSet<PressContact> PressContacts => Set<PressContact>();
    public DbSet<OrganizationBody> OrganizationBodies => Set<OrganizationBody>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ImportedSource> ImportedSources => Set<ImportedSource>();
    public DbSet<LearnedBoilerplate> LearnedBoilerplate => Set<LearnedBoilerplate>();
    public DbSet<Accreditation> Accreditations => Set<Accreditation>();
    public DbSet<EmbargoAccess> EmbargoAccesses => Set<EmbargoAccess>();
    public DbSet<AlertSubscription> AlertSubscriptions => Set<AlertSubscription>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DocumentStep> DocumentSteps => Set<DocumentStep>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<MeetingStatusChange> MeetingStatusChanges => Set<MeetingStatusChange>();
    public DbSet<RegisterRevision> RegisterRevisions => Set<RegisterRevision>();
    public DbSet<BodyChairmanship> BodyChairmanships => Set<BodyChairmanship>();
    public DbSet<BodyRepresentative> BodyRepresentatives => Set<BodyRepresentative>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PublicationBodies.RenderChanged(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PublicationBodies.RenderChanged(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(CstoPressDbContext).Assembly);
    }
}
