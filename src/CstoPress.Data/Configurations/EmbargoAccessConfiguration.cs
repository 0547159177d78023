using CstoPress.Core.Journalists;

namespace CstoPress.Data.Configurations;

public class EmbargoAccessConfiguration : IEntityTypeConfiguration<EmbargoAccess>
{
    public void Configure(EntityTypeBuilder<EmbargoAccess> builder)
    {
        builder.ToTable("embargo_accesses");
        builder.Property(a => a.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(a => a.RemoteAddress).HasMaxLength(64);
        builder.HasIndex(a => new { a.PublicationId, a.At });
        builder.HasOne<Publication>().WithMany().HasForeignKey(a => a.PublicationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accreditation>().WithMany().HasForeignKey(a => a.AccreditationId).OnDelete(DeleteBehavior.Cascade);
    }
}
