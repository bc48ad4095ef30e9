using System.Collections.Frozen;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// Capitalised words that spell a place's name but name something else where they stand: a person (a surname after a
/// first name or a role), a ship (after a word for a vessel, or heading a phrase after "the"), an organisation or a
/// medium ("Минобороны России", "Россия 24"), a grouping of forces, or a sentence's first word matched by its stem
/// alone. Pure and thread-safe.
/// </summary>
internal sealed class NonPlaceNames(Gazetteer gazetteer)
{
    // Words next to a place name that make it part of an organisation's or a medium's name ("Минобороны России",
    // "Донецька обласна військова адміністрація", "The New York Times"): such a name is not a place mention.
    private static readonly FrozenSet<string> OrganisationBefore = FrozenSet.Create(StringComparer.Ordinal,
        "имени", "імені", "imeni", "минобороны", "міноборони", "мид", "мзс", "мвд", "мчс", "мінобороны", "генштаб", "генштабу", "телеканал", "телеканала",
        "телеканалу", "канал", "канала", "каналу", "агентство", "агентства", "газета", "газети", "газеты", "издание",
        "видання", "радио", "радіо", "ministry", "embassy", "осув", "угруповання", "угрупування", "группировка", "группировки",
        "группировкой", "бригада", "бригады", "бригади", "батальон", "батальйон", "полк", "військ", "войск", "рсзо", "рсзв",
        "улица", "улицы", "улице", "улицей", "вулиця", "вулиці", "вулицею", "вулицю", "проспект", "проспекта", "проспекті",
        "проспекте", "площадь", "площади", "площа", "площі", "street", "avenue");

    private static readonly FrozenSet<string> OrganisationAfter = FrozenSet.Create(StringComparer.Ordinal,
        "обласна", "обласної", "обласну", "обласній", "міська", "міської", "районна", "районної", "військова", "військової",
        "областная", "областной", "городская", "городской", "районная", "районной", "администрация", "адміністрація",
        "regional", "times", "post", "journal", "herald", "tribune", "daily", "today", "news", "gazette", "ова", "ода", "оборони", "обороны",
        "рада", "ради", "раде", "раді", "раду", "радой", "весна", "весны", "весни", "правда", "правды", "правди", "правді",
        "правду", "pravda", "group", "grouping", "street", "avenue", "fleet", "флот", "флота", "флоту", "флотом", "флоті",
        "flagship");

    // English words after a weapon's or a vehicle's name (two Kozak armored vehicles, a Bogdana self-propelled howitzer,
    // the Uragan multiple rocket launcher): the name is the model's, not a village's.
    private static readonly FrozenSet<string> WeaponWordsAfter = FrozenSet.Create(StringComparer.Ordinal,
        "armored", "armoured", "howitzer", "howitzers", "self", "multiple", "mlrs", "apc", "apcs", "ifv", "ifvs");

    // Stems of the Russian and Ukrainian words for an armoured vehicle or a gun before its quoted model's name
    // (бронеавтомобиля «Козак», гаубицы «Богдана», САУ «Богдана»).
    private static readonly string[] WeaponStemsBefore =
        ["бронеавтомоб", "бронемашин", "броневик", "бронетранспорт", "гаубиц", "самоходн", "сау", "бтр", "бмп"];

    // Common first names, so that a surname beside one (Сергій Добряк, Ивана Приходько) is not a village.
    private static readonly FrozenSet<string> FirstNames = FrozenSet.Create(StringComparer.Ordinal,
        [.. new[]
        {
            "Олександр", "Александр", "Сергій", "Сергей", "Андрій", "Андрей", "Андрея", "Іван", "Иван", "Назар", "Віктор",
            "Виктор", "Вадим", "Денис", "Олег", "Ігор", "Игорь", "Игоря", "Володимир", "Владимир", "Дмитро", "Дмитрий",
            "Юрій", "Юрий", "Михайло", "Михаил", "Павло", "Павел", "Петро", "Петр", "Микола", "Николай", "Олексій", "Алексей",
            "Валерій", "Валерий", "Анатолій", "Анатолий", "Євген", "Евгений", "Максим", "Артем", "Артём", "Владислав",
            "Вячеслав", "Костянтин", "Константин", "Руслан", "Богдан", "Тарас", "Ярослав", "Станіслав", "Станислав",
            "Василь", "Василий", "Григорій", "Григорий", "Рамзан", "Эдуард", "Едуард", "Леонід", "Леонид", "Роман",
            "Ірина", "Ирина", "Ольга", "Олена", "Елена", "Наталія", "Наталья", "Тетяна", "Татьяна", "Юлія", "Юлия",
            "Марія", "Мария", "Анна", "Катерина", "Екатерина", "Світлана", "Светлана",
            "Oleksandr", "Alexander", "Serhii", "Serhiy", "Sergei", "Sergey", "Andrii", "Andriy", "Andrei", "Ivan", "Nazar",
            "Viktor", "Vadym", "Vadim", "Denys", "Denis", "Oleh", "Oleg", "Ihor", "Igor", "Volodymyr", "Vladimir", "Dmytro",
            "Dmitry", "Yurii", "Yuriy", "Mykhailo", "Mikhail", "Pavlo", "Pavel", "Petro", "Mykola", "Nikolai", "Oleksii",
            "Oleksiy", "Alexei", "Yevhen", "Yevgeny", "Maksym", "Artem", "Ruslan", "Bohdan", "Taras", "Yaroslav", "Vitaliy",
            "Vitalii", "Vitaly", "Віталій", "Виталий", "Ramzan", "Iryna", "Olha", "Olena", "Yulia", "Tetiana",
            // Oblique forms of names in -ій, -ей, -ий, whose stem the stemmer cuts otherwise (старшого лейтенанта Юрія Коропа).
            "Юрія", "Віталія", "Андрія", "Сергія", "Олексія", "Анатолія", "Валерія", "Григорія", "Юрия", "Виталия",
            "Сергея", "Алексея", "Николая", "Анатолия", "Валерия", "Григория", "Евгения", "Дмитрия",
        }.Select(w => PlaceText.Stem(PlaceText.Normalise(w)))]);

    // Words that introduce a person by role (речник Волошин, spokesman Voloshyn).
    private static readonly FrozenSet<string> RoleWords = FrozenSet.Create(StringComparer.Ordinal,
        "речник", "речника", "речниця", "спикер", "спикера", "спікер", "спікера", "глава", "главы", "главой", "голова",
        "голови", "мэр", "мэра", "мер", "мера", "командир", "командира", "командувач", "командувача", "командующий",
        "командующего", "начальник", "начальника", "губернатор", "губернатора", "полковник", "генерал", "spokesman",
        "spokesperson", "spokeswoman", "head", "commander", "mayor", "governor", "colonel", "general");

    // English words for a vessel, before or after its name (the cruiser Moskva, the Moskva missile cruiser): the name is a ship's.
    private static readonly FrozenSet<string> VesselWords = FrozenSet.Create(StringComparer.Ordinal,
        "cruiser", "warship", "ship", "flagship", "frigate", "corvette", "vessel", "submarine", "destroyer", "tanker",
        "minesweeper", "cruisers", "warships", "ships", "frigates", "corvettes", "vessels", "submarines", "tankers");

    // Stems of the Russian and Ukrainian words for a vessel in any case (крейсер «Москва», крейсера "Москва",
    // великий десантний корабель «Мінськ», подводная лодка «Ростов-на-Дону», підводний човен, БДК/ВДК «Ямал»), for its
    // crew (экипаж "Москвы", екіпаж «Москви») and for its class (корабль проекта 1164 «Атлант»).
    private static readonly string[] VesselStems =
        ["крейсер", "корабл", "корабел", "флагман", "фрегат", "корвет", "сторожевик", "катер", "судн", "танкер", "тральщик", "лодк", "човн", "човен", "бдк", "вдк",
            "экипаж", "екіпаж", "проект"];

    // Auxiliaries after "the <name>" that make the name a noun phrase's head, as a ship's is ("the Moskva was hit") and a
    // town's never is ("the Kyiv region").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "did", "does");

    /// <summary>
    /// A capitalised word that only looks like a place: a sentence's first word matched by its stem alone (Под,
    /// Атака), a name inside an organisation's or a medium's name ("Россия 24", "Минобороны России"), or a grouping's.
    /// </summary>
    public bool NotAPlace(string text, List<Token> tokens, int at, int length, bool exact)
    {
        if (length == 1 && !exact && PlaceFinder.StartsSentence(text, tokens[at].Start))
        {
            return true;
        }

        // The quoted name of a grouping of forces («группировкой ВСУ “Таврия”») names a unit, not where it fought; and
        // part of a hyphenated word (Центрально-Городской район, «Буковель-АД»): the whole word is not this name.
        var first = tokens[at].Start;
        var last = tokens[at + length - 1].End;
        if (PlaceLexicon.Default.NamesAGrouping(text, first)
            || (first >= 2 && text[first - 1] == '-' && char.IsLetter(text[first - 2]))
            || (last + 1 < text.Length && text[last] == '-' && (char.IsDigit(text[last + 1]) || (at + length < tokens.Count && tokens[at + length].AllCaps))))
        {
            return true;
        }

        var end = at + length;
        if (end < tokens.Count && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).IsWhiteSpace())
        {
            var next = tokens[end];
            if (OrganisationAfter.Contains(next.Normal) || WeaponWordsAfter.Contains(next.Normal) || (char.IsDigit(text[next.Start]) && NamesAMedium(text, tokens, at, next)))
            {
                return true;
            }

            // A first name before a surname (Денис Пушилин) is not a village that only shares its stem.
            if (length == 1 && !exact && next.Capitalised && !next.AllCaps && !Designation(text, next) && gazetteer.NamesStartingWith(next.Stem).Length == 0)
            {
                return true;
            }
        }

        return at > 0 && (OrganisationBefore.Contains(tokens[at - 1].Normal) || NamesAWeaponAfterItsNoun(text, tokens, at));
    }

    // A quoted name right after a word for an armoured vehicle or a gun (двух бронеавтомобилей «Козак»).
    private static bool NamesAWeaponAfterItsNoun(string text, List<Token> tokens, int at)
    {
        var before = tokens[at - 1];
        var gap = text.AsSpan(before.End, tokens[at].Start - before.End);
        return gap.IndexOfAny("«\"“„") >= 0 && OnlyQuotes(gap)
            && WeaponStemsBefore.Any(stem => before.Normal.StartsWith(stem, StringComparison.Ordinal));
    }

    // Words for an oblast or a state's region after a name: "of Kharkiv region", «Донецької області», so the name is no city's.
    private static readonly FrozenSet<string> RegionNouns = FrozenSet.Create(StringComparer.Ordinal,
        "region", "oblast", "province", "people's", "область", "області", "области", "обл", "народной", "народної", "республики", "республіки");

    // Endings of an adjective, as a city's districts are named (Shevchenkivskyi, Korabelnyi; Шевченківському, Днепровском);
    // a town's name in English is no adjective (Izmail district), so a raion named after its town is never read so.
    private static readonly string[] AdjectiveEndings =
        ["yi", "iy", "yy", "ij", "sky", "ski", "ny", "ому", "ім", "ий", "ій", "ый", "ом", "ого"];

    // Endings of an adjective in the genitive (Донецької, Курской, Харківського): the area of an oblast or a raion, no city.
    private static readonly string[] GenitiveAdjectiveEndings = ["ої", "ой", "ого", "ей"];

    /// <summary>
    /// A city's district rather than a village of the adjective's name: an adjective before a word for a district and
    /// the city's name after it ("Shevchenkivsky district of Kharkiv", "the Dniprovskyi and Korabelnyi districts of
    /// Kherson", "districts of the city", «у Шевченківському районі Харкова», «в Кировском районе Донецка»), or after a
    /// town's possessive ("Kyiv's Holosiivskyi district"). A raion is named after an oblast («Покровському районі
    /// Донецької області», "of the Odesa region") or alone (the Chuhuiv district), and stays a place.
    /// </summary>
    public static bool NamesACityDistrict(string text, List<Token> tokens, int at)
    {
        if (!EndsLikeAdjective(tokens[at].Normal))
        {
            return false;
        }

        // Other districts may be listed before the noun (the Dniprovskyi and Korabelnyi districts).
        var noun = at + 1;
        while (noun < tokens.Count && noun <= at + 5 && !IsDistrictWord(tokens[noun].Normal)
            && (tokens[noun].Capitalised || tokens[noun].Normal is "and" or "і" or "и" or "та" or "й"))
        {
            noun++;
        }

        if (noun >= tokens.Count || noun > at + 5 || !IsDistrictWord(tokens[noun].Normal))
        {
            return false;
        }

        if (AfterTownsPossessive(text, tokens, at))
        {
            return true;
        }

        // The town after "of" or "in", perhaps past words for a part of it (the Kirovsky district in the western part of
        // Donetsk, districts of the city): a raion's oblast stands there instead (of the Odesa region).
        var city = noun + 1;
        if (city < tokens.Count && tokens[city].Normal is "of" or "in")
        {
            for (var skipped = 0; ++city < tokens.Count && skipped < 7 && !tokens[city].Capitalised; skipped++)
            {
                if (tokens[city].Normal is "city" or "town" && tokens[city - 1].Normal == "the")
                {
                    return true;
                }
            }
        }

        return city < tokens.Count && tokens[city].Capitalised && !tokens[city].AllCaps
            && !GenitiveAdjectiveEndings.Any(ending => tokens[city].Normal.EndsWith(ending, StringComparison.Ordinal))
            && (city + 1 >= tokens.Count || !(RegionNouns.Contains(tokens[city + 1].Normal) || tokens[city + 1].Normal == "s"));
    }

    // A town's possessive before the district's name, perhaps with words describing it between: Kyiv's Holosiivskyi
    // district, the city's northern Kievsky district (the possessive's s is a word of its own: Kyiv 's).
    private static bool AfterTownsPossessive(string text, List<Token> tokens, int at)
    {
        for (var word = at - 1; word >= 1 && word >= at - 3; word--)
        {
            var owner = tokens[word - 1];
            if (tokens[word].Normal == "s" && PlaceText.IsApostrophe(text[tokens[word].Start - 1]))
            {
                return (owner.Capitalised && !RegionNouns.Contains(owner.Normal)) || owner.Normal is "city" or "town";
            }

            if (tokens[word].Capitalised)
            {
                return false;
            }
        }

        return false;
    }

    private static bool EndsLikeAdjective(string normal) => AdjectiveEndings.Any(ending => normal.EndsWith(ending, StringComparison.Ordinal));

    // "district", "districts", «районі», «районе», «району»: the noun for a district in any case, not its adjective (районна).
    private static bool IsDistrictWord(string normal) => DistrictWords.Contains(normal);

    private static readonly FrozenSet<string> DistrictWords = FrozenSet.Create(StringComparer.Ordinal,
        "district", "districts", "район", "району", "районі", "районе", "районом", "районах", "районів", "районов", "районы", "райони");

    /// <summary>
    /// A ship's name rather than a place: after a word for a vessel in any case (крейсер «Москва», крейсері ЧФ РФ "Москва",
    /// the landing ship Novocherkassk, a landing ship, the Orsk), with only spaces, quotes, a fleet's acronym or an
    /// apposition's "the" between; right before one, perhaps after "missile" (the Moskva missile cruiser); or a town's
    /// name that heads an English noun phrase after "the" (the Moskva was hit; attack the Moskva.), since a town's name
    /// takes no article and, after one, is a modifier (the Kyiv region).
    /// </summary>
    public bool NamesAShip(string text, List<Token> tokens, int at, int length, int[] places)
    {
        // A state or a sea is no ship's name, whatever stands beside it (кораблі ВМС України, the Black Sea flagship).
        if (places.Any(place => gazetteer.Places[place].Kind is PlaceKind.Country or PlaceKind.Feature))
        {
            return false;
        }

        if (AfterVesselWord(text, tokens, at))
        {
            return true;
        }

        var last = at + length - 1;
        for (var next = last + 1; next < tokens.Count && next <= last + 2; next++)
        {
            if (!OnlyQuotes(text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End)))
            {
                break;
            }

            if (IsVesselWord(tokens[next].Normal))
            {
                return true;
            }

            if (tokens[next].Normal is not ("missile" or "guided"))
            {
                break;
            }
        }

        return HeadsPhraseAfterArticle(text, tokens, at, last) && places.All(place => gazetteer.Places[place].Kind == PlaceKind.Settlement);
    }

    private static bool AfterVesselWord(string text, List<Token> tokens, int at)
    {
        for (var before = at - 1; before >= 0 && before >= at - 3; before--)
        {
            var gap = text.AsSpan(tokens[before].End, tokens[before + 1].Start - tokens[before].End);
            var apposition = before + 1 == at - 1 && tokens[at - 1].Normal == "the" && gap.Trim() is ",";
            if (!OnlyQuotes(gap) && !apposition)
            {
                return false;
            }

            if (IsVesselWord(tokens[before].Normal))
            {
                return true;
            }

            // A class's or a hull's number stands between (проекта 1164 «Атлант»).
            if (tokens[before].Normal.All(char.IsAsciiDigit))
            {
                continue;
            }

            // A fleet's acronym stands between only before a quoted name (крейсері ЧФ РФ "Москва").
            var between = tokens[before];
            var quoted = text.AsSpan(tokens[at - 1].End, tokens[at].Start - tokens[at - 1].End).IndexOfAny("«\"“„") >= 0;
            if (!(between.AllCaps && between.Normal.Length <= 4 && quoted) && !(before == at - 1 && between.Normal == "the"))
            {
                return false;
            }
        }

        return false;
    }

    // A word for a vessel: English by its form, Russian and Ukrainian by its stem and a case ending of up to three letters.
    private static bool IsVesselWord(string normal) =>
        VesselWords.Contains(normal) || VesselStems.Any(stem => normal.StartsWith(stem, StringComparison.Ordinal) && normal.Length - stem.Length <= 3);

    // "the" right before the name, and after it the end of a clause, a possessive or an auxiliary: the name is the phrase's head.
    private static bool HeadsPhraseAfterArticle(string text, List<Token> tokens, int at, int last)
    {
        if (at == 0 || tokens[at - 1].Normal != "the" || !OnlyQuotes(text.AsSpan(tokens[at - 1].End, tokens[at].Start - tokens[at - 1].End)))
        {
            return false;
        }

        var end = tokens[last].End;
        if (end >= 2 && text[end - 2] is '\'' or '’' && text[end - 1] == 's')
        {
            return true;
        }

        var after = end;
        while (after < text.Length && (char.IsWhiteSpace(text[after]) || text[after] is '"' or '”' or '»' or '’'))
        {
            after++;
        }

        if (after == text.Length || text[after] is '.' or ';' or ':' or '!' or '?' or ')')
        {
            return true;
        }

        if (after + 1 < text.Length && text[after] is '\'' or '’' && text[after + 1] == 's')
        {
            return true;
        }

        return last + 1 < tokens.Count && tokens[last + 1].Start == after && Auxiliaries.Contains(tokens[last + 1].Normal);
    }

    private static bool OnlyQuotes(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c) && c is not ('«' or '»' or '"' or '“' or '”' or '„' or '\'' or '’' or '‘' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A surname rather than a village: after a first name (Назар Волошин) or a role (речник Волошин, spokesman
    /// Voloshyn), or itself a first name (Андрій, Олегом). A role word is trusted only before a word in its dictionary
    /// form, since a place after one is in the genitive (мэр Горловки).
    /// </summary>
    public static bool NamesAPerson(string text, List<Token> tokens, int at, bool exact)
    {
        var token = tokens[at];
        // Right after a settlement word a name is a place (село Андріївка), yet a first name outranks a cue further back
        // (главы города Ивана Приходько).
        if (at > 0 && PlaceFinder.SettlementCues.Contains(tokens[at - 1].Normal))
        {
            return false;
        }

        // A surname has its first name right before it; a first name listed after a comma without a surname is a place
        // like the others of the list (Антонівка, Станіслав, Берислав).
        var surnameNext = at + 1 < tokens.Count && tokens[at + 1].Capitalised && OnlySpaceBetween(text, token, tokens[at + 1]);
        if ((FirstNames.Contains(token.Stem) && (surnameNext || !AfterComma(text, token)))
            || (at > 0 && tokens[at - 1].Capitalised && FirstNames.Contains(tokens[at - 1].Stem) && OnlySpaceBetween(text, tokens[at - 1], token)))
        {
            return true;
        }

        var dictionaryForm = token.Stem == token.Normal || token.Normal.EndsWith("ко", StringComparison.Ordinal);
        return !exact && dictionaryForm && at > 0 && RoleWords.Contains(tokens[at - 1].Normal);
    }

    private static bool AfterComma(string text, Token token) => text.AsSpan(0, token.Start).TrimEnd().EndsWith(",", StringComparison.Ordinal);

    private static bool OnlySpaceBetween(string text, Token first, Token second) => text.AsSpan(first.End, second.Start - first.End).IsWhiteSpace();

    // A maker's designation (Ил-76, Су-34, Х-101): a capitalised word that runs into a number by a hyphen.
    private static bool Designation(string text, Token token) =>
        token.End + 1 < text.Length && text[token.End] == '-' && char.IsDigit(text[token.End + 1]);

    // "Россия 24", «Ukraine 24»: a name and a channel number, quoted or after a word such as "телеканал".
    private static bool NamesAMedium(string text, List<Token> tokens, int at, Token number)
    {
        var quotedBefore = tokens[at].Start > 0 && text[tokens[at].Start - 1] is '«' or '"' or '“' or '„';
        var quotedAfter = number.End < text.Length && text[number.End] is '»' or '"' or '”';
        return quotedBefore || quotedAfter || (at > 0 && OrganisationBefore.Contains(tokens[at - 1].Normal));
    }
}
