from django import forms


class FlatForm(forms.Form):
    area = forms.FloatField()
    rooms = forms.IntegerField()
    floor = forms.IntegerField()
