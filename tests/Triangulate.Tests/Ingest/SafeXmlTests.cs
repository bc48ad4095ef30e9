using System.Xml;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class SafeXmlTests
{
    [Fact]
    public void CreateReader_DocumentWithDtd_RefusesIt()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><r>&e;</r>"u8.ToArray();
        using var reader = SafeXml.CreateReader(new MemoryStream(xml), 1_000);

        Assert.Throws<XmlException>(() =>
        {
            while (reader.Read())
            {
            }
        });
    }

    [Theory]
    [InlineData("<!DOCTYPE rss><rss/>", true)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- c --><!doctype rss><rss/>", true)]
    [InlineData("<?xml version=\"1.0\"?><rss><description><![CDATA[<!DOCTYPE html>]]></description></rss>", false)]
    public void DeclaresDocumentType_LooksOnlyBeforeRoot(string xml, bool expected)
    {
        Assert.Equal(expected, SafeXml.DeclaresDocumentType(xml));
    }
}
