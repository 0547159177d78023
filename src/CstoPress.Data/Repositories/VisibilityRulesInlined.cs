using System.Linq.Expressions;

namespace CstoPress.Data.Repositories;

/// <summary>
/// Lets a query compiled once with <c>EF.CompileAsyncQuery</c> say <c>PublicVisibility.IsListed(p, now)</c> (or
/// <c>IsReachable</c>) and still apply the rule as it is written in <see cref="PublicVisibility"/>: the call, which
/// EF cannot translate, is replaced by the rule's own expression over the query's item and time parameter.
/// Written here because EF has no hook for compiled queries that would splice an expression into one.
/// </summary>
internal static class VisibilityRulesInlined
{
    // One overload per shape of query the repositories compile: C# cannot infer a bare Expression<TDelegate> from a lambda.
    public static Expression<Func<CstoPressDbContext, T1, T2, CancellationToken, TResult>> In<T1, T2, TResult>(
        Expression<Func<CstoPressDbContext, T1, T2, CancellationToken, TResult>> query) => Inlined(query);

    public static Expression<Func<CstoPressDbContext, T1, T2, T3, CancellationToken, TResult>> In<T1, T2, T3, TResult>(
        Expression<Func<CstoPressDbContext, T1, T2, T3, CancellationToken, TResult>> query) => Inlined(query);

    public static Expression<Func<CstoPressDbContext, T1, T2, T3, T4, T5, CancellationToken, TResult>> In<T1, T2, T3, T4, T5, TResult>(
        Expression<Func<CstoPressDbContext, T1, T2, T3, T4, T5, CancellationToken, TResult>> query) => Inlined(query);

    // Sequences take no token of their own: it goes to the enumeration (ToListAsync).
    public static Expression<Func<CstoPressDbContext, T1, T2, T3, IQueryable<TResult>>> In<T1, T2, T3, TResult>(
        Expression<Func<CstoPressDbContext, T1, T2, T3, IQueryable<TResult>>> query) => Inlined(query);

    private static Expression<TQuery> Inlined<TQuery>(Expression<TQuery> query) => (Expression<TQuery>)new RuleInliner().Visit(query);

    private sealed class RuleInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var rule = node.Method.DeclaringType == typeof(PublicVisibility) && node.Arguments.Count == 2
                ? node.Method.Name switch
                {
                    nameof(PublicVisibility.IsListed) => PublicVisibility.ListedAt,
                    nameof(PublicVisibility.IsReachable) => PublicVisibility.ReachableAt,
                    _ => null,
                }
                : null;
            if (rule is null)
            {
                return base.VisitMethodCall(node);
            }

            var replacements = new Dictionary<ParameterExpression, Expression>
            {
                [rule.Parameters[0]] = Visit(node.Arguments[0]),
                [rule.Parameters[1]] = Visit(node.Arguments[1]),
            };
            return new ParameterReplacer(replacements).Visit(rule.Body);
        }
    }

    private sealed class ParameterReplacer(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            replacements.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }
}
