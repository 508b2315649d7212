"""The forms residents fill in a contribution space: a contribution, a comment, the filters."""

import io
import uuid
import warnings

from django import forms
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from participation.common.forms import ResidentFormMixin

from .models.items import AnswerStatus, Comment, Contribution, ContributionKind, Provenance

MAX_PHOTO_BYTES = 5 * 1024 * 1024
MAX_PHOTO_SIDE = 2400
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png"}


def clean_photo(upload):
    """Checks that the upload is a real JPEG or PNG of at most 5 MB; re-encodes it without
    its metadata (EXIF: place, device), turned upright and at most 2400 px wide or high."""
    if upload.size > MAX_PHOTO_BYTES:
        raise forms.ValidationError(_("The photo is too large: 5 MB at most."), code="size")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as probe:
                image_format = probe.format
                probe.verify()
            upload.seek(0)
            with Image.open(upload) as image:
                image.load()
                image = ImageOps.exif_transpose(image)
    except Exception as error:  # Pillow raises many kinds of errors on a forged file
        raise forms.ValidationError(
            _("This file is not a readable image: send a JPEG or PNG photo."), code="invalid"
        ) from error
    if image_format not in PHOTO_FORMATS:
        raise forms.ValidationError(_("Send a JPEG or PNG photo."), code="format")
    return ContentFile(_reencode(image, image_format), name=_photo_name(image_format))


def _reencode(image, image_format):
    image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE))
    image.info = {}  # nothing of the original file but its pixels
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    output = io.BytesIO()
    # A fresh save writes the pixels only: no EXIF, no XMP, no text chunks.
    image.save(
        output,
        format=image_format,
        optimize=True,
        **({"quality": 85} if image_format == "JPEG" else {}),
    )
    return output.getvalue()


def _photo_name(image_format):
    return f"{uuid.uuid4().hex}.{PHOTO_FORMATS[image_format]}"


class ContributionForm(ResidentFormMixin, forms.ModelForm):
    """A contribution, individual or collective. Collective fields are checked in clean()."""

    COLLECTIVE_FIELDS = ("group_name", "meeting_date", "meeting_place", "participants")
    stored_model = Contribution

    kind = forms.ChoiceField(label=_("I contribute"), widget=forms.RadioSelect)
    participants = forms.IntegerField(
        label=_("Number of participants"),
        required=False,
        min_value=2,
        max_value=10_000,
        help_text=_("Required for a collective contribution: how many people took part."),
    )
    photo = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_(
            "Optional, for example the paper board of your meeting: a JPEG or PNG photo, "
            "5 MB at most. Its metadata (place, device) is removed."
        ),
        widget=forms.FileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    remove_photo = forms.BooleanField(label=_("Remove the current photo"), required=False)

    class Meta:
        model = Contribution
        fields = ["kind", "title", "body", "category", "group_name", "meeting_date"]
        fields += ["meeting_place", "participants", "photo"]
        labels = {
            "title": _("Title"),
            "body": _("Your contribution"),
            "category": _("Category"),
            "group_name": _("Name of the group"),
            "meeting_date": _("Date of the meeting"),
            "meeting_place": _("Place of the meeting"),
        }
        help_texts = {
            "title": _("150 characters at most."),
            "body": _(
                "Plain text, 5,000 characters at most. Leave a blank line between paragraphs; "
                "links become clickable."
            ),
            "group_name": _(
                "Required for a collective contribution: for example "
                "“Residents of the Rue des Tilleuls”."
            ),
        }
        widgets = {
            "body": forms.Textarea(attrs={"rows": 10}),
            "meeting_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, space, **kwargs):
        super().__init__(*args, **kwargs)
        self.space = space
        labels = dict(ContributionKind.choices)
        kind_labels = {
            ContributionKind.INDIVIDUAL: _("In my own name"),
            ContributionKind.COLLECTIVE: _("For a group (collective contribution)"),
        }
        self.fields["kind"].choices = [
            (k.value, kind_labels.get(k, labels[k])) for k in space.allowed_kinds
        ]
        self.fields["kind"].initial = space.allowed_kinds[0] if space.allowed_kinds else None
        categories = space.categories.all()
        if categories:
            self.fields["category"].queryset = categories
            self.fields["category"].empty_label = _("No category")
        else:
            del self.fields["category"]
        if not (self.instance.pk and self.instance.photo):
            del self.fields["remove_photo"]
        if self.instance.pk and not self.instance.is_collective:
            self.initial["participants"] = None

    @property
    def is_collective(self):
        return self["kind"].value() == ContributionKind.COLLECTIVE

    def clean_meeting_date(self):
        date = self.cleaned_data.get("meeting_date")
        if date and date > timezone.localdate():
            raise forms.ValidationError(_("The meeting date cannot be in the future."))
        return date

    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if not upload or upload == self.initial.get("photo"):
            return None
        return clean_photo(upload)

    def clean(self):
        data = super().clean()
        if data.get("kind") == ContributionKind.COLLECTIVE:
            if not data.get("group_name") and "group_name" not in self.errors:
                self.add_error("group_name", _("Give the name of the group."))
            if data.get("participants") is None and "participants" not in self.errors:
                self.add_error("participants", _("Give the number of participants: at least 2."))
        else:
            for name in self.COLLECTIVE_FIELDS:
                self.errors.pop(name, None)
                data[name] = None if name in ("meeting_date", "participants") else ""
        return data

    def _post_clean(self):
        """Leaves the model untouched: the services save contributions."""

    def contribution_fields(self):
        """The cleaned values as keyword arguments for create_contribution / edit_contribution."""
        data = self.cleaned_data
        fields = {name: data.get(name) for name in ("kind", "title", "body", "category")}
        fields.update(
            group_name=data.get("group_name") or "",
            meeting_date=data.get("meeting_date"),
            meeting_place=data.get("meeting_place") or "",
            participants=data.get("participants") or 1,
        )
        if data.get("photo"):
            fields["photo"] = data["photo"]
        elif data.get("remove_photo"):
            fields["photo"] = ""
        return fields


class CommentForm(ResidentFormMixin, forms.Form):
    stored_model = Comment

    body = forms.CharField(
        label=_("Your comment"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Plain text, 3,000 characters at most."),
    )
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    def __init__(self, *args, contribution, **kwargs):
        super().__init__(*args, **kwargs)
        self.contribution = contribution

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if not parent_id:
            return None
        parent = (
            Comment.objects.published()
            .filter(pk=parent_id, contribution=self.contribution, parent__isnull=True)
            .first()
        )
        if parent is None:
            raise forms.ValidationError(_("You can only reply to a comment of this contribution."))
        return parent


SORTS = {
    "recentes": ("-created_at", "-pk"),
    "soutenues": ("-supports_count", "-created_at", "-pk"),
    "commentees": ("-comments_count", "-created_at", "-pk"),
}
KINDS = {"individuelle": ContributionKind.INDIVIDUAL, "collective": ContributionKind.COLLECTIVE}
NO_ANSWER = "sans"


class ListFilters:
    """The list's GET parameters, read leniently: an unknown value is ignored, never an error."""

    def __init__(self, params, space):
        self.space = space
        self.categories = list(space.categories.all())
        self.sort = params.get("tri") if params.get("tri") in SORTS else "recentes"
        self.category = self._category(params.get("categorie"))
        self.kind = params.get("type") if params.get("type") in KINDS else ""
        answer = params.get("reponse")
        self.answer = answer if answer in AnswerStatus.values or answer == NO_ANSWER else ""
        provenance = params.get("provenance")
        self.provenance = provenance if provenance in Provenance.values else ""

    def _category(self, value):
        ids = {str(category.pk): category for category in self.categories}
        return ids.get(value)

    def apply(self, contributions):
        if self.category:
            contributions = contributions.filter(category=self.category)
        if self.kind:
            contributions = contributions.filter(kind=KINDS[self.kind])
        if self.answer:
            contributions = contributions.filter(
                answer_status="" if self.answer == NO_ANSWER else self.answer
            )
        if self.provenance:
            contributions = contributions.filter(provenance=self.provenance)
        return contributions.order_by(*SORTS[self.sort])

    @property
    def is_filtered(self):
        return bool(self.category or self.kind or self.answer or self.provenance)

    def selected(self):
        return {
            "tri": self.sort,
            "categorie": str(self.category.pk) if self.category else "",
            "type": self.kind,
            "reponse": self.answer,
            "provenance": self.provenance,
        }
