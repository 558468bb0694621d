import * as dialogsPackage from 'botbuilder-dialogs';
import * as dialogClasses from '../../dialogs/dialog-classes';

describe('dialog classes imported from their own modules', () => {
  it.each(Object.keys(dialogClasses))('%s is the class the package exports', (name) => {
    expect(dialogClasses[name as keyof typeof dialogClasses]).toBe(dialogsPackage[name as keyof typeof dialogsPackage]);
  });
});
