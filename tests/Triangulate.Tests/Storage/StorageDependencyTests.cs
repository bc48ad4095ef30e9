using System.Reflection;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

/// <summary>
/// Storage keeps what corroboration computes without knowing corroboration: the records both use live in the model, so
/// that corroboration depends on storage and never the other way round.
/// </summary>
public sealed class StorageDependencyTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void StorageTypes_NameNoCorroborationType()
    {
        // Nested types include the async methods' state machines, whose fields hold the methods' locals.
        var storageTypes = typeof(ILedgerStore).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("Triangulate.Storage", StringComparison.Ordinal) == true);

        var uses = storageTypes
            .SelectMany(type => SignatureTypes(type).Where(IsCorroboration).Select(used => $"{type.FullName} uses {used.FullName}"))
            .Distinct()
            .ToList();

        Assert.Empty(uses);
    }

    private static bool IsCorroboration(Type type) => type.Namespace?.StartsWith("Triangulate.Corroboration", StringComparison.Ordinal) == true;

    /// <summary>The types a type's declaration and its members' signatures name, with their generic arguments and element types.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        var named = new List<Type?> { type.BaseType };
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(Everything).Select(field => field.FieldType));
        named.AddRange(type.GetProperties(Everything).Select(property => property.PropertyType));
        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            named.AddRange(method.GetParameters().Select(parameter => parameter.ParameterType));
            if (method is MethodInfo info)
            {
                named.Add(info.ReturnType);
            }
        }
        return named.OfType<Type>().SelectMany(Unfold);
    }

    private static IEnumerable<Type> Unfold(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Unfold(element))
            {
                yield return inner;
            }
        }
        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Unfold))
            {
                yield return inner;
            }
        }
    }
}
