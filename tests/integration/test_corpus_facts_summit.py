"""The facts an analyst checks first in the six documents of the summit's two days beside Day 1,
asked through the API: the Commons answer of 31 March 2025, the summit communiqué, the
returns release, the "UK hosts" release, the online-crime statement and the Day 2 release.

Each assertion is what the document's text says (seed/corpus/<source>.txt); the reading
behind it is in seed/corpus/<source>.md. Each test looks only at what one source states, so
the summit, cited by every one of them, is checked source by source.
"""

from __future__ import annotations

from tests.support.facts import (
    data,
    event,
    initiative,
    quotes,
    roles_stated_by,
    sources_of,
    stated_by,
    steps_from,
)
from tests.support.fixture_types import Gql

COMMONS = "2025-03-31-commons-home-office-topical-summit-answer"
COMMUNIQUE = "2025-03-31-oic-summit-communique"
RETURNS = "2025-03-31-pm-returns-reach-24000"
HOSTS = "2025-03-31-uk-hosts-first-major-international-summit"
ONLINE = "2025-04-01-statement-on-organised-immigration-crime-online"
DAY_2 = "2025-04-02-oic-summit-day2-online-platforms-agreement"
DAY_1 = "oic-summit-day1-press-release"
SUMMIT = "oic-summit"
ONLINE_STATEMENT = "statement-on-organised-immigration-crime"
FOUR_REGIONS = {"europe", "western-balkans", "asia", "africa"}


# -- the Commons answer ------------------------------------------------------------------------


def test_the_commons_answer_has_the_uk_host_the_summit_for_ministers_of_nine_countries(
    gql: Gql,
) -> None:
    # "Today we are hosting in London the first ever international summit ... We are bringing
    # together Ministers and law enforcement from close neighbours such as France, Belgium and
    # Germany, and from countries further afield such as Vietnam, Iraq, Nigeria, Pakistan,
    # China and the US."
    summit = event(gql, SUMMIT)
    attendees = {"FR", "BE", "DE", "VN", "IQ", "NG", "PK", "CN", "US"}
    assert roles_stated_by(summit["attendance"], COMMONS) == {("GB", "host")} | {
        (country, "attendee") for country in attendees
    }
    sitting = event(gql, "commons-home-department-questions-2025-03-31")
    # "Home Department – in the House of Commons at on 31 March 2025."
    assert (sitting["kind"], sitting["location"], sitting["startDate"]) == (
        "debate",
        "House of Commons",
        "2025-03-31",
    )


def test_the_french_cabinet_agreed_to_change_its_maritime_rules_to_act_in_french_waters(
    gql: Gql,
) -> None:
    # "the French Cabinet has for the first time agreed to change its maritime rules, so that
    # the French authorities can intervene in French waters": the UK's work led to it, but
    # the text does not make the UK a party.
    rules = initiative(gql, "french-maritime-rules-change")
    assert (rules["kind"], rules["status"]) == ("policy", "agreed")
    assert roles_stated_by(rules["participants"], COMMONS) == {("french-cabinet", "LEAD")}
    assert stated_by(rules["targetsWithEvidence"], COMMONS) == {"FR"}
    assert steps_from(rules["history"], COMMONS) == [("REPORTED", "2025-03-31", "INFERRED", "DAY")]


def test_the_uk_is_strengthening_the_law_against_illegal_working_in_the_gig_economy(
    gql: Gql,
) -> None:
    law = initiative(gql, "illegal-working-gig-economy-law")
    assert (law["kind"], law["status"]) == ("policy", "in_progress")
    assert roles_stated_by(law["participants"], COMMONS) == {("GB", "LEAD")}
    assert quotes(law["participants"], "GB", COMMONS) == [
        "the UK is strengthening the law against illegal working in the gig economy"
    ]
    assert law["eventsWithEvidence"] == []  # "As part of that" does not say it was announced there


# -- the communiqué ----------------------------------------------------------------------------


def test_the_summit_communique_was_published_on_31_march_2025_by_ministers_at_the_summit(
    gql: Gql,
) -> None:
    communique = initiative(gql, "oic-summit-communique")
    assert {DAY_1, COMMUNIQUE} <= sources_of(communique)  # Day 1's "A communique was issued"
    assert communique["status"] == "delivered"
    # "Published 31 March 2025", in the quoted words
    assert steps_from(communique["history"], COMMUNIQUE) == [
        ("DELIVERED", "2025-03-31", "STATED", "DAY")
    ]
    assert stated_by(communique["eventsWithEvidence"], COMMUNIQUE) == {SUMMIT}
    [gathered] = quotes(communique["eventsWithEvidence"], SUMMIT, COMMUNIQUE)
    assert "We, Interior Ministers gathered today at the Border Security Summit" in gathered
    # no list of signatories was obtained: the communiqué names no one
    assert roles_stated_by(communique["participants"], COMMUNIQUE) == set()


# -- the returns release -----------------------------------------------------------------------


def test_the_prime_minister_spoke_at_the_summit_and_announced_the_24000_returns(gql: Gql) -> None:
    answer = data(
        gql,
        """{ summit: event(id: "oic-summit") {
               attendance { role actor { id } evidence { source { id } quote } } }
             figure(id: "returns-since-election") {
               value unit qualifier period reportedBy { id } sources { source { id } } } }""",
    )
    # "Speaking at the Organised Immigration Crime Summit ... the Prime Minister"
    assert roles_stated_by(answer["summit"]["attendance"], RETURNS) == {
        ("prime-minister", "attendee")
    }
    # "The Prime Minister today (Monday 31 March) announced the government has returned more
    # than 24,000 individuals with no right to be in the UK since the General Election"
    figure = answer["figure"]
    assert (figure["value"], figure["unit"], figure["qualifier"]) == (
        24000.0,
        "people",
        "more than",
    )
    assert figure["period"] == "since the General Election"
    assert figure["reportedBy"] == [{"id": "prime-minister"}]
    assert {DAY_1, RETURNS} <= sources_of(figure)  # Day 1 gives the same figure


# -- the "UK hosts" release --------------------------------------------------------------------


def test_the_uk_its_prime_minister_and_home_secretary_host_four_named_countries_and_three_platforms(
    gql: Gql,
) -> None:
    # "UK hosts first major international summit"; "as the Prime Minister and Home Secretary
    # host a landmark summit today (31 March)"; "over 40 countries, including the United
    # States, Vietnam, Iraq, and France"; "representatives from Meta, X and TikTok"
    summit = event(gql, SUMMIT)
    hosts = {("GB", "host"), ("prime-minister", "host"), ("home-secretary", "host")}
    attendees = {"US", "VN", "IQ", "FR", "meta", "x", "tiktok"}
    assert roles_stated_by(summit["attendance"], HOSTS) == hosts | {
        (each, "attendee") for each in attendees
    }


def test_the_home_secretary_announced_the_30_million_for_the_border_security_command_that_day(
    gql: Gql,
) -> None:
    # "the Home Secretary has today announced £30 million of funding going directly to high
    # impact operations from the Border Security Command to tackle supply chains, illicit
    # finances and trafficking routes across Europe, the Western Balkans, Asia, and Africa"
    package = initiative(gql, "bsc-oic-funding-package")
    assert steps_from(package["history"], HOSTS) == [("ANNOUNCED", "2025-03-31", "INFERRED", "DAY")]
    [announced] = [e for e in package["history"] if e["citation"]["source"]["id"] == HOSTS]
    assert [a["id"] for a in announced["actors"]] == ["home-secretary"]
    assert roles_stated_by(package["participants"], HOSTS) == {
        ("border-security-command", "IMPLEMENTER")
    }
    assert stated_by(package["targetsWithEvidence"], HOSTS) == FOUR_REGIONS
    [stream] = [link["node"] for link in package["fundingWithEvidence"]]
    assert stream["id"] == "bsc-oic-funding"
    assert stated_by(stream["allocatedToWithEvidence"], HOSTS) == FOUR_REGIONS


def test_the_crown_prosecution_service_gets_an_additional_3_million_from_no_named_funder(
    gql: Gql,
) -> None:
    # "An additional £3 million will enable the Crown Prosecution Service (CPS) to increase its
    # capacity to prosecute organised international smugglers ... to support the Border
    # Security Command": the text does not say who provides it.
    prosecutions = initiative(gql, "cps-oic-prosecution-capacity")
    assert (prosecutions["kind"], prosecutions["status"]) == ("funding package", "announced")
    assert roles_stated_by(prosecutions["participants"], HOSTS) == {
        ("crown-prosecution-service", "BENEFICIARY"),
        ("crown-prosecution-service", "IMPLEMENTER"),
        ("border-security-command", "BENEFICIARY"),
    }
    [stream] = [link["node"] for link in prosecutions["fundingWithEvidence"]]
    assert stream["amount"] == {"amount": 3000000.0, "currency": "GBP", "qualifier": None}
    assert stream["fundersWithEvidence"] == []
    assert steps_from(prosecutions["history"], HOSTS) == [
        ("ANNOUNCED", "2025-03-31", "INFERRED", "DAY")
    ]


# -- the online-crime statement and the Day 2 release ------------------------------------------


def test_china_signs_the_online_crime_statement_by_its_own_text_and_not_by_the_day_2_release(
    gql: Gql,
) -> None:
    # The statement: "We, the representatives of the governments of Albania, China, Sweden,
    # Tunisia, United Kingdom, United States, Vietnam"; Day 2: "the UK, Albania, Sweden,
    # Tunisia, United States and Vietnam have agreed collective action". Both lists stay.
    statement = initiative(gql, ONLINE_STATEMENT)
    six = {"GB", "AL", "SE", "TN", "US", "VN"}
    signed = [p for p in statement["participants"] if p["role"] == "SIGNATORY"]
    assert roles_stated_by(signed, ONLINE) == {(c, "SIGNATORY") for c in six | {"CN"}}
    assert roles_stated_by(signed, DAY_2) == {(c, "SIGNATORY") for c in six}
    [china] = [p for p in signed if p["actor"]["id"] == "CN"]
    assert [c["source"]["id"] for c in china["evidence"]] == [ONLINE]


def test_the_online_crime_statement_was_agreed_at_the_summit_against_criminals_online(
    gql: Gql,
) -> None:
    statement = initiative(gql, ONLINE_STATEMENT)
    assert (statement["kind"], statement["status"]) == ("statement", "agreed")
    # "We call upon all governments, international organisations, and industry partners"
    assert statement["audiences"] == [
        "governments",
        "international organisations",
        "industry partners",
    ]
    for source in (ONLINE, DAY_2):  # Day 2: "an agreement secured at the UK's ... Summit"
        assert stated_by(statement["eventsWithEvidence"], source) == {SUMMIT}
        assert stated_by(statement["topicsWithEvidence"], source) == {"ocg-online-operations"}
    # neither text dates it: the statement's index lists it on 1 April, and Day 2 (dated 2
    # April by its header) says "yesterday"
    assert steps_from(statement["history"], ONLINE) == [("AGREED", "2025-04-01", "INFERRED", "DAY")]
    assert steps_from(statement["history"], DAY_2) == [("AGREED", "2025-04-01", "INFERRED", "DAY")]


def test_the_online_crime_statement_has_the_uk_host_the_six_other_governments(gql: Gql) -> None:
    # "meeting within the framework of the Border Security Summit hosted by the United Kingdom"
    summit = event(gql, SUMMIT)
    others = {"AL", "CN", "SE", "TN", "US", "VN"}
    assert roles_stated_by(summit["attendance"], ONLINE) == {("GB", "host")} | {
        (c, "attendee") for c in others
    }
    # Day 2: "the UK's Organised Immigration Crime Summit"; "Representatives from X, Tik Tok,
    # and Meta attended the Organised Immigration Crime Summit"
    assert roles_stated_by(summit["attendance"], DAY_2) == {
        ("GB", "host"),
        ("x", "attendee"),
        ("tiktok", "attendee"),
        ("meta", "attendee"),
    }


def test_the_nca_took_down_18000_smugglers_social_media_accounts_since_july(gql: Gql) -> None:
    # "18,000 social media accounts used to sell spaces on boats taken down by the National
    # Crime Agency since July": a published count, with no year for "July" and no date
    figure = data(
        gql,
        """{ figure(id: "nca-social-media-account-takedowns") {
             value unit qualifier period asOf measures { id } sources { source { id } } } }""",
    )["figure"]
    assert (figure["value"], figure["unit"], figure["period"]) == (
        18000.0,
        "accounts",
        "since July",
    )
    assert (figure["qualifier"], figure["asOf"]) == (None, None)
    assert figure["measures"] == [{"id": "national-crime-agency"}]
    assert sources_of(figure) == {DAY_2}
