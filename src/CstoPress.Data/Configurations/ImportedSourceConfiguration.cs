using CstoPress.Core.Import;

namespace CstoPress.Data.Configurations;

public class ImportedSourceConfiguration : IEntityTypeConfiguration<ImportedSource>
{
    public void Configure(EntityTypeBuilder<ImportedSource> builder)
    {
        builder.ToTable("imported_sources");
        builder.Property(s => s.ImportKey).HasMaxLength(300);
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(s => s.ImportKey).IsUnique();
        builder.HasIndex(s => s.PublicationId).IsUnique();
        builder.HasOne(s => s.Publication).WithMany().HasForeignKey(s => s.PublicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
