using CstoPress.Core.Journalists;
using CstoPress.Data.Accounts;

namespace CstoPress.Data.Configurations;

public class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> builder)
    {
        builder.ToTable("accreditations");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Outlet).HasMaxLength(200);
        builder.Property(a => a.Position).HasMaxLength(200);
        builder.Property(a => a.Country).HasMaxLength(100);
        builder.Property(a => a.WorkEmail).HasMaxLength(256);
        builder.Property(a => a.TimeZone).HasMaxLength(100);
        builder.Property(a => a.TermsVersion).HasMaxLength(50);
        builder.Property(a => a.DecidedBy).HasMaxLength(256);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.FeedTokenHash).HasMaxLength(64).IsFixedLength();
        builder.Property(a => a.RecipientCode).HasMaxLength(12);
        builder.HasIndex(a => a.RecipientCode).IsUnique();
        builder.HasIndex(a => a.FeedTokenHash).IsUnique();
        builder.HasIndex(a => a.UserId).IsUnique();
        builder.HasIndex(a => new { a.Status, a.RequestedAt });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
