use crate::content::admin::AdminCopy;

pub const ADMIN: AdminCopy = AdminCopy {
    title: "Éditeur de contenu",
    needs_script: "L’éditeur de contenu a besoin de JavaScript et d’un navigateur récent. Activez JavaScript pour ce site, ou modifiez les fichiers du dépôt comme l’explique docs/editing.md.",
    preview_refused: "Le site ne publiera pas ce billet tant que ces points ne seront pas corrigés :",
};
