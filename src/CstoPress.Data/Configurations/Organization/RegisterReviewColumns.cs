namespace CstoPress.Data.Configurations.Organization;

/// <summary>The review columns every register entry carries, declared once for documents and meetings.</summary>
internal static class RegisterReviewColumns
{
    public static void Configure<TEntry>(OwnedNavigationBuilder<TEntry, RegisterReview> review)
        where TEntry : class
    {
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.SubmittedBy).HasMaxLength(256);
        review.Property(r => r.PublishedBy).HasMaxLength(256);
        review.Property(r => r.PublishedAt);
    }
}
