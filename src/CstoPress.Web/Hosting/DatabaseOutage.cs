namespace CstoPress.Web.Hosting;

/// <summary>
/// How the portal answers while the database cannot be reached (<see cref="Data.DatabaseFailures.IsOutage"/>):
/// readers get a 503 'back shortly' page rather than the 500 page of a bug, so monitoring and crawlers
/// can tell the two apart and know when to come back.
/// </summary>
public static class DatabaseOutage
{
    public const int RetryAfterSeconds = 30;
}
