using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Web.Security;

/// <summary>
/// Hashes and checks the secrets the ledger keeps: passwords are stretched with salted PBKDF2-SHA256, because people
/// choose guessable ones; API keys are 256 random bits, so one salted SHA-256 is as strong and costs nothing per request.
/// </summary>
public static class Secrets
{
    private const int PasswordIterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string PasswordScheme = "pbkdf2-sha256";
    private const string KeyScheme = "sha256";
    private const string KeyPrefix = "tri_";

    public static string HashPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, PasswordIterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', PasswordScheme, PasswordIterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// A hash no password matches, checked when a sign-in names no account, so that the answer takes as long as for an
    /// account that exists (a fast "no such account" tells a guesser which names to try).
    /// </summary>
    public static string NoAccountHash { get; } = HashPassword(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public static bool VerifyPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != PasswordScheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
        {
            return false;
        }
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>A new API key: <c>tri_PREFIX_SECRET</c>. The prefix finds the stored row; the whole key is hashed.</summary>
    public static NewApiKey CreateApiKey()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{KeyPrefix}{prefix}_{secret}";
        return new NewApiKey(key, prefix, HashApiKey(key, RandomNumberGenerator.GetBytes(SaltBytes)));
    }

    /// <summary>The prefix of a key as a client sent it, or null when it is not shaped like one of ours.</summary>
    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var separator = key.IndexOf('_', KeyPrefix.Length);
        return separator > KeyPrefix.Length ? key[KeyPrefix.Length..separator] : null;
    }

    public static bool VerifyApiKey(string key, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[0] != KeyScheme)
        {
            return false;
        }
        var salt = Convert.FromBase64String(parts[1]);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashApiKey(key, salt)), Encoding.ASCII.GetBytes(stored));
    }

    private static string HashApiKey(string key, byte[] salt)
    {
        var hash = SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(key)]);
        return string.Join('$', KeyScheme, Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A key as made: <see cref="Key"/> is shown to its owner once and never stored.</summary>
public sealed record NewApiKey(string Key, string Prefix, string Hash);
