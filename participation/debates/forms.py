"""The forms residents fill in a debate: a vote, an argument, a reply; and the arguments' sort."""

from django import forms
from django.utils.translation import gettext_lazy as _

from participation.common.forms import HoneypotMixin, ResidentFormMixin

from .models.items import Argument, Reply, Stance

# ?position= in the links "Add an argument for / against".
POSITIONS = {"pour": Stance.FOR, "contre": Stance.AGAINST}


class VoteForm(HoneypotMixin, forms.Form):
    option = forms.ModelChoiceField(
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        error_messages={
            "required": _("Choose one of the options to vote."),
            "invalid_choice": _("This option does not belong to this debate."),
        },
    )

    def __init__(self, *args, debate, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["option"].queryset = debate.options.all()


class ArgumentForm(ResidentFormMixin, forms.Form):
    stored_model = Argument

    stance = forms.ChoiceField(
        label=_("Your position"),
        choices=[(Stance.FOR, _("For")), (Stance.AGAINST, _("Against"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose whether your argument is for or against.")},
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=150,
        help_text=_("150 characters at most."),
    )
    body = forms.CharField(
        label=_("Your argument"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Plain text, 3,000 characters at most."),
    )

    def __init__(self, *args, position=None, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("stance", POSITIONS.get(position))
        super().__init__(*args, **kwargs)


class ReplyForm(ResidentFormMixin, forms.Form):
    stored_model = Reply

    body = forms.CharField(
        label=_("Your reply"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain text, 2,000 characters at most."),
    )


SORTS = {
    "utiles": ("-useful_count", "-created_at", "-pk"),
    "recents": ("-created_at", "-pk"),
}


class ArgumentSort:
    """The ?tri= parameter, read leniently: an unknown value gives the default order."""

    def __init__(self, params):
        self.value = params.get("tri") if params.get("tri") in SORTS else "utiles"

    def apply(self, arguments):
        return arguments.order_by(*SORTS[self.value])
