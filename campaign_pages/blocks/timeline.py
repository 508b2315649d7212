"""The project's timeline: steps entered by the editor and those the campaign's spaces add,
each told whether it is past, current or to come."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from participation.common import campaigns

from .groups import GROUP_PROJECT, SHORT_RICH_TEXT


class TimelineStepKind:
    STEP = "step"
    DEBATE = "debate"
    MEETING = "meeting"
    DECISION = "decision"
    CHOICES = [
        (STEP, _("Step")),
        (DEBATE, _("Debate")),
        (MEETING, _("Public meeting")),
        (DECISION, _("Decision")),
    ]


class TimelineStepBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"), choices=TimelineStepKind.CHOICES, default=TimelineStepKind.STEP
    )
    start_date = blocks.DateBlock(label=_("Date (or start)"))
    end_date = blocks.DateBlock(
        label=_("End"), required=False, help_text=_("For a period: the end date.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), required=False, features=SHORT_RICH_TEXT)
    link_url = blocks.URLBlock(label=_("Link"), required=False)
    link_label = blocks.CharBlock(label=_("Link text"), required=False, max_length=80)
    document = DocumentChooserBlock(label=_("Document"), required=False)

    class Meta:
        label = _("Step")
        icon = "date"


class TimelineValue(blocks.StructValue):
    """Steps in date order, each told whether it is past, current or to come."""

    def dated_steps(self, today=None, automatic_steps=()):
        """`automatic_steps` come from the campaign's spaces; one the editor already
        entered (a "debate" step starting the same day) is not shown twice."""
        today = today or timezone.localdate()
        steps = list(self.get("steps") or [])
        entered = {(s["kind"], s["start_date"]) for s in steps}
        steps += [s for s in automatic_steps if (s["kind"], s["start_date"]) not in entered]
        steps.sort(key=lambda step: step["start_date"])
        started = [i for i, step in enumerate(steps) if step["start_date"] <= today]
        current = started[-1] if started else None
        result = []
        for index, step in enumerate(steps):
            end = step.get("end_date")
            if index == current:
                state = "current"
            elif current is not None and index < current:
                # A period that began earlier and has not ended (a debate) is still running.
                state = "ongoing" if end and end >= today else "past"
            else:
                state = "future"
            result.append({"value": step, "state": state, "kind_label": kind_label(step)})
        return result


def kind_label(step):
    return dict(TimelineStepKind.CHOICES).get(step.get("kind"), "")


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Title"), default=_("The project's steps"), max_length=120)
    steps = blocks.ListBlock(TimelineStepBlock(), label=_("Steps"), min_num=1)

    class Meta:
        label = _("Project timeline")
        icon = "history"
        template = "campaign_pages/blocks/timeline_block.html"
        group = GROUP_PROJECT
        value_class = TimelineValue
        description = _(
            "The project's steps, past and to come, with the dates of debate; "
            "the current step is highlighted."
        )
        preview_value = {
            "heading": "Les étapes du projet",
            "steps": [
                {
                    "kind": "meeting",
                    "start_date": datetime.date(2019, 1, 9),
                    "title": "Ateliers dans le quartier",
                    "text": "<p>Trois ateliers ouverts à tous.</p>",
                },
                {
                    "kind": "debate",
                    "start_date": datetime.date(2019, 2, 1),
                    "end_date": datetime.date(2019, 3, 15),
                    "title": "Propositions en ligne",
                },
                {
                    "kind": "decision",
                    "start_date": datetime.date(2030, 6, 1),
                    "title": "Choix du projet",
                },
            ],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        campaign = (parent_context or {}).get("page")
        spaces = getattr(campaign, "live_spaces", None)
        automatic = campaigns.timeline_steps(campaign, spaces=spaces)
        context["steps"] = value.dated_steps(automatic_steps=automatic)
        return context
