using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Claims;

/// <summary>
/// Whether a claim continues another claim's statement in the same report: a fragment of the same speaker's words
/// that names no place («Идет зачистка», — сказал он, after his word on the town) is part of what he said there. The
/// extractor gives such a fragment its host's places (<see cref="PlaceAnaphora.CarryPlaces"/>), and corroboration
/// groups it in its host's family; both ask this one rule, from the claims alone.
/// </summary>
public static class Statements
{
    /// <summary>
    /// Whether <paramref name="fragment"/> can continue <paramref name="host"/>: said by the same origin, with the same
    /// stance, of the same side gaining (or of no side read), and of the same family — or, for a ground claim, fighting
    /// or a happening without a kind of its own.
    /// </summary>
    public static bool Continues(Claim fragment, Claim host)
    {
        ArgumentNullException.ThrowIfNull(fragment);
        ArgumentNullException.ThrowIfNull(host);
        if (OriginKey(fragment) != OriginKey(host))
        {
            return false;
        }
        var (fragmentStance, _) = StanceReader.Read(fragment);
        var (hostStance, _) = StanceReader.Read(host);
        if (fragmentStance != hostStance)
        {
            return false;
        }
        var fragmentSide = ActingSide(fragment, fragment.Chain.Origin.Source.Side);
        if (fragmentSide != Side.Unknown && fragmentSide != ActingSide(host, host.Chain.Origin.Source.Side))
        {
            return false;
        }
        var (fragmentFamily, hostFamily) = (Family(fragment, fragmentStance), Family(host, hostStance));
        return fragmentFamily == hostFamily || (hostFamily == KindFamily.Ground && fragmentFamily is KindFamily.Attack or KindFamily.Other);
    }

    /// <summary>
    /// The side that gains by the happening: the actor's, or the origin's when the text names no actor; a withdrawal is
    /// the other side's gain. A denial is about the happening it denies, whose actor, when unnamed, is the denier's
    /// enemy: Ukraine denying "the capture" denies a Russian gain.
    /// </summary>
    /// <param name="claim">The claim.</param>
    /// <param name="originSide">The side of the claim's origin, as far as it is known.</param>
    public static Side ActingSide(Claim claim, Side originSide)
    {
        ArgumentNullException.ThrowIfNull(claim);
        Side actor;
        if (claim.Actor?.Side is { } named && named != Side.Unknown)
        {
            actor = named;
        }
        else if (claim.Kind != ClaimKind.Denial)
        {
            actor = originSide;
        }
        else
        {
            actor = originSide is Side.RU or Side.UA ? KindFamilies.Opposite(originSide) : Side.Unknown;
        }
        return claim.Kind == ClaimKind.Withdrawal ? KindFamilies.Opposite(actor) : actor;
    }

    private static KindFamily Family(Claim claim, Stance stance) => stance == Stance.Denies ? KindFamily.Denial : KindFamilies.Of(claim.Kind);

    private static string OriginKey(Claim claim) =>
        claim.Chain.Origin.Source.SourceId ?? "name:" + NameKey.Fold(claim.Chain.Origin.Source.Name);
}
