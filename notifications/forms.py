"""The preferences form: one choice of frequency per topic, as the topics are declared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.common import events
from participation.common.events import Frequency


class PreferencesForm(forms.Form):
    """A radio group per topic, named by the topic's key, showing the resident's current choice."""

    def __init__(self, *args, current=None, **kwargs):
        super().__init__(*args, **kwargs)
        current = dict(current or {})
        for topic in events.topics():
            self.fields[topic.key] = forms.ChoiceField(
                label=topic.label,
                help_text=topic.help_text,
                choices=Frequency.choices,
                widget=forms.RadioSelect,
                initial=current.get(topic.key, topic.default),
                error_messages={
                    "required": _("Choose how you want to hear of this topic."),
                    "invalid_choice": _("This choice does not exist: choose one of the options."),
                },
            )

    def topic_fields(self):
        return [self[key] for key in self.fields]
