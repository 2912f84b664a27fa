package unicode
