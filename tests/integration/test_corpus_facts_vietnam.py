"""The facts an analyst checks first in the two documents of the UK's work with Vietnam, asked
through the API: the release of 4 March 2025 (the Kurdistan Region campaign's launch and the
UK-Vietnam Migration Dialogue in Hanoi) and the UK-Vietnam action plan against human
trafficking signed at the summit.

Each assertion is what the document's text says (seed/corpus/<source>.txt); the reading
behind it is in seed/corpus/<source>.md. Each test looks only at what one source states.
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

MARCH = "2025-03-04-kri-deterrence-campaign-vietnam-dialogue"
PLAN_SOURCE = "2025-04-01-uk-vietnam-human-trafficking-action-plan"
DAY_1 = "oic-summit-day1-press-release"
KRI_CAMPAIGN = "kri-digital-deterrence-campaign"
DIALOGUE = "uk-vietnam-migration-dialogue-2025-03-04"
PLAN = "uk-vietnam-human-trafficking-action-plan"
MOU = "uk-vietnam-mou-2018"


# -- 2025-03-04: the KRI campaign's launch and the Hanoi dialogue -----------------------------


def test_the_kri_advertising_launched_on_4_march_2025_is_the_start_of_day_1s_kri_campaign(
    gql: Gql,
) -> None:
    # "Digital advertising launched today in the Kurdistan Region of Iraq (KRI) as part of the
    # government’s international campaign ... delivered through the Border Security Command";
    # Day 1 calls it the campaign "already running in the Kurdistan Region of Iraq".
    campaign = initiative(gql, KRI_CAMPAIGN)
    assert {DAY_1, MARCH} <= sources_of(campaign)
    assert steps_from(campaign["history"], MARCH) == [("STARTED", "2025-03-04", "INFERRED", "DAY")]
    assert campaign["status"] == "in_progress"
    assert roles_stated_by(campaign["participants"], MARCH) == {
        ("uk-government", "LEAD"),
        ("border-security-command", "IMPLEMENTER"),
    }
    assert stated_by(campaign["targetsWithEvidence"], MARCH) == {"kurdistan-region-of-iraq"}


def test_the_kri_campaign_builds_on_the_campaigns_in_vietnam_and_albania(gql: Gql) -> None:
    campaign = initiative(gql, KRI_CAMPAIGN)
    earlier = {"vietnam-communications-campaign", "albania-communications-campaign"}
    assert stated_by(campaign["buildsOnWithEvidence"], MARCH) == earlier
    for each in earlier:
        assert quotes(campaign["buildsOnWithEvidence"], each, MARCH) == [
            "expanding on the campaigns in Vietnam and Albania"
        ]
    # "This campaign helps ... securing our borders as part of the government’s Plan for Change"
    assert stated_by(campaign["contributesToWithEvidence"], MARCH) == {"plan-for-change"}


def test_the_uk_is_set_to_sign_a_communique_with_the_vietnamese_government_in_hanoi(
    gql: Gql,
) -> None:
    # "the UK is set to sign a joint communiqué today (4 March 2025) with the Vietnamese
    # government at the third annual UK-Vietnam Migration Dialogue, hosted in Hanoi": not yet
    # signed, so partners and not signatories, and the day is in the quoted words.
    communique = initiative(gql, "uk-vietnam-migration-dialogue-communique")
    assert (communique["kind"], communique["status"]) == ("communique", "announced")
    assert roles_stated_by(communique["participants"], MARCH) == {
        ("GB", "PARTNER"),
        ("government-of-vietnam", "PARTNER"),
    }
    assert steps_from(communique["history"], MARCH) == [
        ("ANNOUNCED", "2025-03-04", "STATED", "DAY")
    ]
    assert stated_by(communique["eventsWithEvidence"], MARCH) == {DIALOGUE}


def test_the_third_uk_vietnam_migration_dialogue_met_in_hanoi_on_4_march_2025(gql: Gql) -> None:
    dialogue = event(gql, DIALOGUE)
    assert (dialogue["kind"], dialogue["location"], dialogue["startDate"]) == (
        "meeting",
        "Hanoi",
        "2025-03-04",
    )
    assert roles_stated_by(dialogue["attendance"], MARCH) == {
        ("GB", "attendee"),
        ("government-of-vietnam", "attendee"),
    }


def test_angela_eagle_says_the_campaign_breaks_the_smugglers_business_model(gql: Gql) -> None:
    said = data(
        gql,
        """{ statement(id: "statement-angela-eagle-kri-campaign") {
             text speaker { id name title } event { id } source { id } } }""",
    )["statement"]
    assert said["speaker"] == {
        "id": "angela-eagle",
        "name": "Angela Eagle",
        "title": "Minister for Border Security and Asylum",
    }
    assert said["source"]["id"] == MARCH
    # the quotation up to its last full stop before the text is cut off
    assert said["text"].startswith("Ruthless criminal gangs spread dangerous lies on social media")
    assert "This campaign helps to break the business model of these criminals" in said["text"]
    assert said["text"].endswith(
        "putting your life in the hands of a smuggler is not worth the risk."
    )
    assert said["event"] is None


# -- 2025-04-01: the UK-Vietnam action plan against human trafficking -------------------------


def test_the_vietnam_action_plan_builds_on_the_2018_memorandum(gql: Gql) -> None:
    plan = initiative(gql, PLAN)
    assert stated_by(plan["buildsOnWithEvidence"], PLAN_SOURCE) == {MOU}
    assert quotes(plan["buildsOnWithEvidence"], MOU, PLAN_SOURCE) == [
        "It builds on a memorandum of understanding signed by the 2 countries in 2018."
    ]
    memorandum = initiative(gql, MOU)
    assert (memorandum["kind"], memorandum["status"]) == ("agreement", "signed")
    assert roles_stated_by(memorandum["participants"], PLAN_SOURCE) == {
        ("GB", "SIGNATORY"),
        ("VN", "SIGNATORY"),
    }
    # "signed by the 2 countries in 2018": a year, not a day
    assert steps_from(memorandum["history"], PLAN_SOURCE) == [
        ("SIGNED", "2018-01-01", "STATED", "YEAR")
    ]


def test_yvette_cooper_and_luong_tam_quang_signed_the_vietnam_action_plan_at_the_summit(
    gql: Gql,
) -> None:
    # "The agreement was signed yesterday, 31 March, at the Border Security Summit on Organised
    # Immigration Crime in London by the Home Secretary Yvette Cooper and Vietnam Minister for
    # Public Security General Luong Tam Quang"; the year is the header's, so INFERRED.
    plan = initiative(gql, PLAN)
    assert (plan["kind"], plan["status"]) == ("action plan", "signed")
    assert roles_stated_by(plan["participants"], PLAN_SOURCE) == {
        ("GB", "SIGNATORY"),
        ("VN", "SIGNATORY"),
        ("yvette-cooper", "SIGNATORY"),
        ("luong-tam-quang", "SIGNATORY"),
    }
    assert steps_from(plan["history"], PLAN_SOURCE) == [("SIGNED", "2025-03-31", "INFERRED", "DAY")]
    [signed] = plan["history"]
    assert signed["event"] == {"id": "oic-summit"}
    assert {a["id"] for a in signed["actors"]} == {"GB", "VN", "yvette-cooper", "luong-tam-quang"}
    assert stated_by(plan["eventsWithEvidence"], PLAN_SOURCE) == {"oic-summit"}
    # "this plan allows us to go after criminals both in the UK and Vietnam"
    assert stated_by(plan["targetsWithEvidence"], PLAN_SOURCE) == {"GB", "VN"}


def test_the_home_office_modern_slavery_fund_pays_up_to_1_million_pounds_for_the_plan(
    gql: Gql,
) -> None:
    # "Delivery of the joint action plan is supported by up to £1 million of funding over the
    # next year through the Home Office Modern Slavery Fund."
    plan = initiative(gql, PLAN)
    [link] = plan["fundingWithEvidence"]
    stream = link["node"]
    assert stream["id"] == "modern-slavery-fund-uk-vietnam-action-plan"
    assert stream["amount"] == {"amount": 1000000.0, "currency": "GBP", "qualifier": "up to"}
    assert stream["stage"] == "committed"
    assert stated_by(stream["fundersWithEvidence"], PLAN_SOURCE) == {"home-office"}
    # "Since 2018 the UK has invested over £7 million to strengthen Vietnam’s anti-trafficking
    # response through the Modern Slavery Fund"
    fund = initiative(gql, "modern-slavery-fund")
    assert roles_stated_by(fund["participants"], PLAN_SOURCE) == {("home-office", "LEAD")}
    assert stated_by(fund["contributesToWithEvidence"], PLAN_SOURCE) == {PLAN}
    [since_2018] = [link["node"] for link in fund["fundingWithEvidence"]]
    assert since_2018["amount"] == {"amount": 7000000.0, "currency": "GBP", "qualifier": "over"}
    assert since_2018["stage"] == "disbursed"
    assert stated_by(since_2018["fundersWithEvidence"], PLAN_SOURCE) == {"GB"}
    assert stated_by(since_2018["allocatedToWithEvidence"], PLAN_SOURCE) == {"VN"}
